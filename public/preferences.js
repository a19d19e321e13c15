(function () {
  try {
    var root = document.documentElement;
    var theme = localStorage.getItem('theme');
    var size = localStorage.getItem('text-size');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    if (size) root.setAttribute('data-text-size', size);
  } catch (e) {}
})();
