/** The request header that carries the session key; the server refuses a call without it. */
export const SESSION_KEY_HEADER = 'X-TTS-Ops-Key';

/**
 * `google.script.run` for the page served by `tts-ops sidebar`: each server function becomes a POST
 * to /run/<name>, carrying this session's key, whose JSON answer calls the success or failure handler,
 * as Apps Script would. `key` is URL-safe base64, so it sits in the script as is.
 */
export const scriptRunShim = (key: string): string => `<script>
(function () {
  var KEY = '${key}';
  function makeRun(onSuccess, onFailure) {
    var chain = {
      withSuccessHandler: function (handler) { return makeRun(handler, onFailure); },
      withFailureHandler: function (handler) { return makeRun(onSuccess, handler); }
    };
    return new Proxy(chain, {
      get: function (target, name) {
        if (name in target) return target[name];
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/run/' + encodeURIComponent(String(name)), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', '${SESSION_KEY_HEADER}': KEY },
            body: JSON.stringify({ args: args })
          })
            .then(function (response) { return response.json(); })
            .then(function (answer) {
              if (answer.ok) { if (onSuccess) onSuccess(answer.value); }
              else if (onFailure) onFailure(new Error(answer.error));
            })
            .catch(function (error) { if (onFailure) onFailure(new Error('The local server did not answer: ' + error.message)); });
        };
      }
    });
  }
  window.google = { script: { run: makeRun() } };
})();
</script>`;
