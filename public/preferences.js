(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('theme');
    var size = localStorage.getItem('text-size');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    if (size) root.setAttribute('data-text-size', size);
  } catch (e) {}
})();
