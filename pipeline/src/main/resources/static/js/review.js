// Review station: page zoom/rotate, field checks while typing, keyboard shortcuts. No external libraries.
(function () {
  'use strict';
  var messages = document.getElementById('messages').dataset;

  document.querySelectorAll('.page').forEach(function (page) {
    var img = page.querySelector('.page-image');
    var zoom = 1, angle = 0;
    function apply() { img.style.transform = 'rotate(' + angle + 'deg) scale(' + zoom + ')'; }
    page.querySelector('.zoom-in').addEventListener('click', function () { zoom = Math.min(4, zoom * 1.25); apply(); });
    page.querySelector('.zoom-out').addEventListener('click', function () { zoom = Math.max(0.5, zoom / 1.25); apply(); });
    page.querySelector('.rotate').addEventListener('click', function () { angle = (angle + 90) % 360; apply(); });
    img.addEventListener('error', function () {
      var p = document.createElement('p');
      p.textContent = img.dataset.fallback;
      img.replaceWith(p);
    });
  });

  // ISO 13616 mod-97: move the first four characters to the end, letters to 10..35, remainder must be 1.
  function ibanValid(value) {
    var iban = value.replace(/\s+/g, '').toUpperCase();
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) { return false; }
    if (iban.substring(0, 2) === 'DE' && iban.length !== 22) { return false; }
    var moved = iban.substring(4) + iban.substring(0, 4), rest = 0;
    for (var i = 0; i < moved.length; i++) {
      var c = moved.charCodeAt(i);
      var digits = c >= 65 ? String(c - 55) : moved[i];
      for (var j = 0; j < digits.length; j++) { rest = (rest * 10 + Number(digits[j])) % 97; }
    }
    return rest === 1;
  }
  window.intakeIbanValid = ibanValid;

  function dateValid(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) { return false; }
    var d = new Date(value + 'T00:00:00Z');
    return !isNaN(d) && d.toISOString().substring(0, 10) === value;
  }

  document.querySelectorAll('input[data-check]').forEach(function (input) {
    var hint = document.getElementById(input.getAttribute('aria-describedby'));
    var original = hint.textContent;
    function check() {
      var kind = input.dataset.check, value = input.value.trim(), ok = true, text = original;
      if (value === '' || kind === '') { ok = true; }
      else if (kind === 'iban') { ok = ibanValid(value); text = ok ? messages.ibanOk : messages.ibanBad; }
      else if (kind === 'date') { ok = dateValid(value); if (!ok) { text = messages.formatBad + ' ' + original; } }
      else if (input.pattern) { ok = new RegExp('^(?:' + input.pattern + ')$').test(value); if (!ok) { text = messages.formatBad + ' ' + original; } }
      input.classList.toggle('invalid', !ok);
      input.classList.toggle('valid', ok && value !== '');
      input.setAttribute('aria-invalid', String(!ok));
      hint.textContent = text;
      hint.classList.toggle('bad', !ok);
      hint.classList.toggle('good', ok && value !== '' && kind === 'iban');
    }
    input.addEventListener('input', check);
    check();
  });

  var type = document.getElementById('documentType');
  type.addEventListener('change', function () {
    window.location = type.dataset.reload + '?type=' + encodeURIComponent(type.value);
  });

  document.addEventListener('keydown', function (e) {
    var t = e.target.tagName;
    if (e.ctrlKey || e.altKey || e.metaKey || t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT') { return; }
    var link;
    if (e.key === 'j') { link = document.getElementById('next'); }
    else if (e.key === 'k') { link = document.getElementById('previous'); }
    else if (e.key === 'a') { e.preventDefault(); document.getElementById('approve-form').requestSubmit(); return; }
    else if (e.key === 'r') { e.preventDefault(); document.getElementById('reason').focus(); return; }
    if (link) { window.location = link.href; }
  });
})();
