// Two blog modules built at once with -T 2 keep to themselves: each has its own pages, URLs and reports.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('threads: 2') || log.contains('with a thread count of 2')
def a = new File(basedir, 'blog-a/target/blog')
def b = new File(basedir, 'blog-b/target/blog')
assert new File(a, 'posts/what-makes-a-post-travel/index.html').isFile()
assert !new File(a, 'posts/why-a-plain-page-gets-shared').exists()
assert new File(b, 'posts/why-a-plain-page-gets-shared/index.html').isFile()
assert !new File(b, 'posts/what-makes-a-post-travel').exists()
assert new File(a, 'index.html').text.contains('Field Notes on Sharing')
assert new File(b, 'index.html').text.contains('The Second Notebook')
assert new File(a, 'sitemap.xml').text.contains('https://a.example.org/') : 'the module-a baseUrl from the plugin configuration'
assert !new File(a, 'sitemap.xml').text.contains('b.example.org')
assert new File(b, 'sitemap.xml').text.contains('https://b.example.org/')
assert new File(basedir, 'blog-a/target/shareworthy/shareworthy.sarif').isFile()
assert new File(basedir, 'blog-b/target/shareworthy/shareworthy.sarif').isFile()
return true
