// `mvn site` produces the Share readiness report page with the scores and findings, beside the other reports.
def page = new File(basedir, 'target/site/shareworthy.html')
assert page.isFile() : 'the report page is written'
def html = page.text
assert html.contains('Share readiness')
assert html.contains('Three links for the weekend') : 'each post is listed with its score'
assert html.contains('thin-content') : 'findings are shown with their rule'
assert html.contains('content/posts/thin.md')
def index = new File(basedir, 'target/site/project-reports.html')
assert index.isFile() && index.text.contains('shareworthy.html') : 'listed among the project reports'
return true
