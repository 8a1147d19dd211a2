package crosscheck.web;

import crosscheck.search.InvalidQueryException;
import crosscheck.search.SearchRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** HTTP for search, articles and analysis: reads parameters, calls the services, writes JSON. */
final class SearchController {

  private final Services services;

  SearchController(Services services) {
    this.services = services;
  }

  void search(Context ctx) {
    SearchRequest request = new SearchRequest(
        ctx.queryParam("q"),
        values(ctx, "lang"), values(ctx, "script"), values(ctx, "source"), values(ctx, "month"),
        date(ctx, "from", false), date(ctx, "to", true),
        integer(ctx, "page", 1), integer(ctx, "size", 10),
        !"false".equals(ctx.queryParam("xlang")));
    ctx.json(services.search().search(request));
  }

  void document(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(services.documents().get(id).orElseThrow(() -> new WebApp.NotFound("no article with id '" + id + "'")));
  }

  void analyze(Context ctx) {
    String text = ctx.queryParam("text");
    Map<String, ?> tokens = services.analyze().analyze(text, ctx.queryParam("lang"));
    ctx.json(Map.of("text", text, "tokens", tokens));
  }

  /** A repeatable parameter, also accepting comma-separated values; blanks ignored. */
  static List<String> values(Context ctx, String name) {
    return ctx.queryParams(name).stream()
        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .distinct()
        .toList();
  }

  static int integer(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new InvalidQueryException(name + " must be a whole number, got '" + v + "'");
    }
  }

  /** A day, month (2022-10) or year; a month or year given as an upper bound means its last day. */
  static LocalDate date(Context ctx, String name, boolean upper) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      String s = v.strip();
      if (s.length() == 4) {
        return upper ? LocalDate.parse(s + "-12-31") : LocalDate.parse(s + "-01-01");
      }
      if (s.length() == 7) {
        LocalDate first = LocalDate.parse(s + "-01");
        return upper ? first.withDayOfMonth(first.lengthOfMonth()) : first;
      }
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException(name + " must be a date like 2022-10-15, got '" + v + "'");
    }
  }
}
