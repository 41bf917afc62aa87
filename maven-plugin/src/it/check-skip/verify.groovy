// shareworthy.check.skip skips only the checks: the blog is built, the thin post does not fail the build.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Skipping the quality checks (shareworthy.check.skip)')
assert new File(basedir, 'target/blog/posts/thin/index.html').isFile()
assert !new File(basedir, 'target/shareworthy').exists()
assert !log.contains('thin-content')
return true
