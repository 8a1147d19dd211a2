package crosscheck.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.search.InvalidQueryException;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the configured web application without starting it (tests start it on port 0, {@link WebMain} on the
 * configured port). Errors are mapped to JSON in one place: a bad request is a 400 with its message, anything
 * unexpected a 500 with a generic message (details go to the log, never to the client).
 */
public final class WebApp {

  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  private WebApp() {}

  public static Javalin create(Services services) {
    ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.defaultContentType = "application/json";
    });
    SearchController search = new SearchController(services);
    app.get("/api/search", search::search);
    app.get("/api/docs/{id}", search::document);
    app.get("/api/analyze", search::analyze);
    FactsController facts = new FactsController(services, mapper);
    app.get("/api/facts/compare", facts::compare);
    app.get("/api/facts/overview", facts::overview);
    app.get("/doc", ctx -> ctx.redirect("/doc.html?" + (ctx.queryString() == null ? "" : ctx.queryString())));
    app.exception(InvalidQueryException.class, (e, ctx) ->
        ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage())));
    app.exception(NotFound.class, (e, ctx) ->
        ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", e.getMessage())));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} failed", ctx.fullUrl(), e);
      ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal error; see the server log"));
    });
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.result() == null) {
        ctx.json(Map.of("error", "no such endpoint: " + ctx.path()));
      }
    });
    return app;
  }

  /** A requested thing that does not exist (404). */
  public static final class NotFound extends RuntimeException {
    public NotFound(String message) {
      super(message);
    }
  }
}
