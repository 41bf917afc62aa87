// A clean blog builds into target/blog, passes every check, and leaves the default reports.
def log = new File(basedir, 'build.log').text
assert log =~ /Built \d+ pages \(1 post, \d+ files\)/ : 'the build summary is logged'
assert log.contains('BUILD SUCCESS')
// `mvn verify` builds the blog once: the build goal runs the checks, and the check goal reports what they found.
assert (log =~ /Built \d+ pages/).size() == 1 : 'one build only'
assert log =~ /Checks: 0 errors, \d+ warnings?, \d+ infos? on \d+ pages? in \d+\.\d\d s/
assert log.contains('Checking the blog the build goal built in this run')
def post = new File(basedir, 'target/blog/posts/what-makes-a-post-travel/index.html')
assert post.isFile()
assert post.text.contains('What makes a post travel')
assert new File(basedir, 'target/blog/feed.xml').isFile()
def sarif = new File(basedir, 'target/shareworthy/shareworthy.sarif')
assert sarif.isFile()
def json = new groovy.json.JsonSlurper().parse(sarif)
assert json.version == '2.1.0'
assert json.runs[0].tool.driver.rules.find { it.id == 'thin-content' } : 'rules come from the rule metadata'
assert json.runs[0].results.findAll { it.level == 'error' || it.level == 'warning' }.isEmpty()
assert new File(basedir, 'target/shareworthy/shareworthy.txt').text.contains('0 errors')
return true
