// A thin post fails `mvn verify`: the finding is logged as file:line with its rule, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def finding = log.readLines().find { it.contains('[ERROR]') && it.contains('thin-content') }
assert finding : 'the thin-content finding is logged as an error'
assert finding =~ /_thin-blog\/content\/posts\/thin\.md:\d+/ : "file:line in: $finding"
assert log =~ /thin-content: Post has \d+ words \(minimum is 300; under 150 is an error\)/
assert !(log =~ /\tat (dev\.shareworthy|org\.apache)/) : 'no stack trace'
// The blog itself was built before the gate closed, and the reports say why it failed.
assert new File(basedir, 'target/blog/index.html').isFile()
assert new File(basedir, 'target/shareworthy/shareworthy.sarif').text.contains('thin-content')
return true
