package crosscheck.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import crosscheck.compare.Comparison;
import crosscheck.compare.ComparisonCsv;
import crosscheck.compare.FactComparison;
import crosscheck.compare.FactFilter;
import crosscheck.facts.Fact;
import crosscheck.search.InvalidQueryException;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
    answer(ctx, services.facts().compare(q.strip(), filter(ctx), shown(format)), format, "crosscheck-compare");
  }

  void overview(Context ctx) {
    String format = format(ctx);
    answer(ctx, services.facts().overview(filter(ctx), shown(format)), format, "crosscheck-overview");
  }

  /** Figures per group: what a page shows in the API's answer, all of them in a download. */
  private static int shown(String format) {
    return format.isEmpty() ? FactComparison.SHOWN : Integer.MAX_VALUE;
  }

  /** The answer written to the response as it is serialised, not built in memory first. */
  private void answer(Context ctx, Comparison comparison, String format, String fileName) {
    switch (format) {
      case "csv" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
          out.write(ComparisonCsv.BOM);
          ComparisonCsv.write(comparison, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      case "json" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + ".json\"");
        ctx.contentType("application/json; charset=utf-8");
        json(ctx, mapper.writerWithDefaultPrettyPrinter(), comparison);
      }
      default -> {
        ctx.contentType(ContentType.APPLICATION_JSON);
        json(ctx, mapper.writer(), comparison);
      }
    }
  }

  private static void json(Context ctx, ObjectWriter writer, Comparison comparison) {
    try {
      writer.writeValue(ctx.outputStream(), ComparisonJson.of(comparison));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
