// On every page. PrimeFaces' CSP mode puts the page's nonce into every form, for its postbacks;
// a GET form (the indicators' filters) leaves it out, so the nonce never lands in an address.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var nonce = form && form.elements ? form.elements['primefaces.nonce'] : null;
  if (nonce && (form.getAttribute('method') || 'get').toLowerCase() === 'get') {
    nonce.disabled = true;
  }
}, true);
