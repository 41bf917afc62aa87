// `mvn shareworthy:help -Ddetail` documents every goal and its parameters with their user properties.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
['shareworthy:build', 'shareworthy:check', 'shareworthy:serve', 'shareworthy:report', 'shareworthy:help'].each {
  assert log.contains(it) : "goal $it is documented"
}
['shareworthy.skip', 'shareworthy.check.skip', 'shareworthy.failOn', 'shareworthy.baseUrl',
 'shareworthy.outputDirectory', 'shareworthy.reportDirectory', 'shareworthy.formats', 'shareworthy.port'].each {
  assert log.contains("User property: $it") : "user property $it is documented"
}
return true
