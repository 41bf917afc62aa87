(function () {
  'use strict';
  // Shareworthy share links: copy-link, the device's share sheet, and advocate referrals (?ref=<id>).
  // Every link works without this script; it only adds to them.
  var blocks = document.querySelectorAll('[data-share-block]');
  if (!blocks.length || blocks[0].hasAttribute('data-share-ready')) return;
  var REF = /^[A-Za-z0-9_-]{1,32}$/;
  function enc(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }
  // The advocate id: from this address, else from an earlier page of this visit; anything else is ignored.
  function refFor(name) {
    var key = 'shareworthy.ref.' + name, v = null;
    try { v = new URLSearchParams(location.search).get(name); } catch (e) { v = null; }
    if (v !== null && REF.test(v)) {
      try { sessionStorage.setItem(key, v); } catch (e) { /* storage off: this page only */ }
      return v;
    }
    try { v = sessionStorage.getItem(key); } catch (e) { v = null; }
    return v !== null && REF.test(v) ? v : null;
  }
  function withParam(url, name, value) {
    var hash = url.indexOf('#'), frag = '';
    if (hash >= 0) { frag = url.slice(hash); url = url.slice(0, hash); }
    return url + (url.indexOf('?') >= 0 ? '&' : '?') + enc(name) + '=' + enc(value) + frag;
  }
  function fallbackCopy(text) {
    var t = document.createElement('textarea');
    t.value = text;
    t.setAttribute('readonly', '');
    t.style.position = 'fixed';
    t.style.opacity = '0';
    document.body.appendChild(t);
    t.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    t.remove();
    return ok;
  }
  function copy(text, status) {
    function done(ok) {
      if (status) status.textContent = ok ? 'Link copied.' : 'Could not copy: the link is in the address bar.';
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  }
  Array.prototype.forEach.call(blocks, function (block) {
    block.setAttribute('data-share-ready', '');
    var name = block.getAttribute('data-share-ref');
    var ref = name ? refFor(name) : null;
    var status = block.querySelector('[data-share-status]');
    Array.prototype.forEach.call(block.querySelectorAll('a[data-share-url]'), function (a) {
      var url = a.getAttribute('data-share-url');
      if (ref) {
        var tracked = withParam(url, name, ref);
        var href = a.getAttribute('href');
        a.setAttribute('href', href === url ? tracked : href.split(enc(url)).join(enc(tracked)));
        a.setAttribute('data-share-url', tracked);
      }
      var action = a.getAttribute('data-share-action');
      if (action === 'copy') {
        a.addEventListener('click', function (ev) {
          ev.preventDefault();
          copy(a.getAttribute('data-share-url'), status);
        });
      } else if (action === 'native' && navigator.share) {
        var item = a.closest('[hidden]');
        if (item) item.hidden = false;
        a.addEventListener('click', function (ev) {
          ev.preventDefault();
          navigator.share({
            title: block.getAttribute('data-share-title') || document.title,
            text: block.getAttribute('data-share-text') || '',
            url: a.getAttribute('data-share-url')
          }).catch(function () { /* the reader closed the share sheet */ });
        });
      }
    });
  });
})();
