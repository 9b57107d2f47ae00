// The upload form with a progress bar: the same multipart POST the form would make, sent with
// XMLHttpRequest so that the browser reports how much of the file has gone; then the page the
// server answers (the report, after its redirect) replaces this one.
(function () {
  var form = document.getElementById('upload');
  if (!form) {
    return;
  }
  form.addEventListener('submit', function (event) {
    var file = document.getElementById('upload:file');
    if (!window.FormData || !file || !file.files.length) {
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
      } else {
        document.open();
        document.write(request.responseText);
        document.close();
      }
    });
    request.addEventListener('error', function () {
      text.textContent = 'The upload failed: check the connection and try again.';
    });
    request.send(data);
  });
})();
