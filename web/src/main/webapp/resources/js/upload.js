// The upload form with a progress bar: the same multipart POST the form would make, sent with
// XMLHttpRequest so that the browser reports how much of the file has gone; then the page the
// server answers takes this one's place: after a redirect (the report) the browser goes there; an
// answer without one (the form again, with what was wrong) replaces the page's main part. No inline
// script anywhere (the Content-Security-Policy forbids it): this file is loaded by the page.
(function () {
  function attach() {
    var form = document.getElementById('upload');
    if (!form || form.dataset.progress) {
      return;
    }
    form.dataset.progress = 'on';
    form.addEventListener('submit', function (event) {
      var file = document.getElementById('upload:file');
      if (!window.FormData || !window.DOMParser || !file || !file.files.length) {
        return; // the plain form post: the server says what is missing
      }
      event.preventDefault();
      var data = new FormData(form, event.submitter);
      var progress = document.getElementById('progress');
      var text = document.getElementById('progressText');
      progress.hidden = false;
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          var percent = Math.round((e.loaded * 100) / e.total);
          progress.value = percent;
          text.textContent = percent + ' % sent';
        }
      });
      request.upload.addEventListener('load', function () {
        text.textContent = 'Sent; the portal is reading it.';
      });
      request.addEventListener('load', function () {
        if (request.responseURL && request.responseURL !== form.action) {
          window.location.assign(request.responseURL);
          return;
        }
        var answer = new DOMParser().parseFromString(request.responseText, 'text/html');
        var main = answer.querySelector('main');
        var current = document.querySelector('main');
        if (!main || !current) {
          window.location.reload();
          return;
        }
        current.replaceWith(document.adoptNode(main));
        if (window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE) {
          PrimeFaces.csp.init(PrimeFaces.csp.NONCE_VALUE); // the new forms carry the nonce too
        }
        attach();
      });
      request.addEventListener('error', function () {
        text.textContent = 'The upload failed: check the connection and try again.';
      });
      request.send(data);
    });
  }
  attach();
})();
