// The interactive API reference (/docs): Swagger UI from the installed fastapi-offline package,
// reading this server's /openapi.json; no validator badge (it would call an outside service).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
