// First script of every test page: records what the test fails on, before anything else runs.
// Classic script (no module), so it runs before the widgets' modules.
(function () {
  var report = { violations: [], errors: [], warnings: [], consoleErrors: [] };
  window.sxPageReport = report;
  document.addEventListener(
    'securitypolicyviolation',
    function (event) {
      report.violations.push(
        event.violatedDirective + ' ' + (event.blockedURI || '') + ' ' + (event.sample || ''),
      );
    },
    true,
  );
  window.addEventListener('error', function (event) {
    report.errors.push(String((event.error && event.error.stack) || event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    report.errors.push('unhandled rejection: ' + String((reason && reason.stack) || reason));
  });
  var warn = console.warn;
  console.warn = function () {
    report.warnings.push(Array.prototype.map.call(arguments, String).join(' '));
    return warn.apply(console, arguments);
  };
  var error = console.error;
  console.error = function () {
    report.consoleErrors.push(Array.prototype.map.call(arguments, String).join(' '));
    return error.apply(console, arguments);
  };
})();
