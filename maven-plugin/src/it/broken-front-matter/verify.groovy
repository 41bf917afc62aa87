// Broken front matter fails the build with the file and line, a readable message, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def problem = log.readLines().find { it.startsWith('[ERROR] /') && it =~ /content\/posts\/broken\.md:\d+: broken YAML front matter/ }
assert problem : 'the problem names the file and its line'
assert log.contains('The blog could not be built: 1 problem in the site')
assert !(log =~ /\tat (dev\.shareworthy|org\.apache|org\.snakeyaml)/) : 'no stack trace'
assert !new File(basedir, 'target/blog').exists() : 'nothing half-built is left'
return true
