// `mvn site` produces the Share readiness report page with the scores and findings, beside the other reports.
def page = new File(basedir, 'target/site/shareworthy.html')
assert page.isFile() : 'the report page is written'
def html = page.text
assert html.contains('Share readiness')
assert html.contains('Three links for the weekend') : 'each post is listed with its score'
assert html.contains('thin-content') : 'findings are shown with their rule'
assert html.contains('content/posts/thin.md')
assert html.contains('href="shareworthy-report.html"') : 'links the full HTML report'
def full = new File(basedir, 'target/site/shareworthy-report.html')
assert full.isFile() && full.text.contains('<svg') : 'the full report with its charts sits beside the page'
def index = new File(basedir, 'target/site/project-reports.html')
assert index.isFile() && index.text.contains('shareworthy.html') : 'listed among the project reports'
return true
