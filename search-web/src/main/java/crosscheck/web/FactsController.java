package crosscheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.compare.Comparison;
import crosscheck.compare.ComparisonCsv;
import crosscheck.compare.FactComparison;
import crosscheck.compare.FactFilter;
import crosscheck.facts.Fact;
import crosscheck.search.InvalidQueryException;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP for fact comparison: {@code /api/facts/compare?q=} and {@code /api/facts/overview}, with the filters
 * {@code lang}, {@code source}, {@code kind} and {@code format=csv|json} for a download.
 */
final class FactsController {

  private final Services services;
  private final ObjectMapper mapper;

  FactsController(Services services, ObjectMapper mapper) {
    this.services = services;
    this.mapper = mapper;
  }

  void compare(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new InvalidQueryException("q is required: a question such as \"users lost\" or \"사용자 이탈\"");
    }
    String format = format(ctx);
    answer(ctx, services.facts().compare(q.strip(), filter(ctx)), format, "crosscheck-compare");
  }

  void overview(Context ctx) {
    String format = format(ctx);
    answer(ctx, services.facts().overview(filter(ctx)), format, "crosscheck-overview");
  }

  private void answer(Context ctx, Comparison comparison, String format, String fileName) {
    switch (format) {
      case "csv" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result((ComparisonCsv.BOM + ComparisonCsv.write(comparison)).getBytes(StandardCharsets.UTF_8));
      }
      case "json" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + ".json\"");
        ctx.contentType("application/json; charset=utf-8");
        try {
          ctx.result(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(ComparisonJson.of(comparison, Integer.MAX_VALUE)));
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
      }
      default -> ctx.json(ComparisonJson.of(comparison, ComparisonJson.SHOWN));
    }
  }

  /** The download format: "" for the plain API answer, csv or json for a file. */
  private static String format(Context ctx) {
    String format = ctx.queryParam("format");
    if (format == null || format.isBlank()) {
      return "";
    }
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("json")) {
      throw new InvalidQueryException("format must be csv or json, got '" + format + "'");
    }
    return f;
  }

  private static FactFilter filter(Context ctx) {
    List<Fact.Kind> kinds = new ArrayList<>();
    for (String k : SearchController.values(ctx, "kind")) {
      try {
        kinds.add(FactComparison.kind(k.toLowerCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidQueryException(e.getMessage(), e);
      }
    }
    return new FactFilter(SearchController.values(ctx, "lang"), SearchController.values(ctx, "source"), kinds);
  }
}
