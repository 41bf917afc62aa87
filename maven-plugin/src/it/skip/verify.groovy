// shareworthy.skip skips every goal: nothing built, nothing checked, the thin post does not fail the build.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Skipping the blog build (shareworthy.skip)')
assert log.contains('Skipping the quality checks (shareworthy.skip)')
assert !new File(basedir, 'target/blog').exists()
assert !new File(basedir, 'target/shareworthy').exists()
return true
