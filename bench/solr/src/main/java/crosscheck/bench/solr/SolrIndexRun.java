package crosscheck.bench.solr;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Solr's side of the indexing comparison, driven line by line by the bench JVM (crosscheck.bench.SolrPeer) so
 * that its runs interleave with the pipeline's and bare Lucene's:
 *
 * <ul>
 *   <li>{@code index THREADS} → empties the core, feeds every article from THREADS client threads, commits, and
 *       answers {@code seconds S docs D};
 *   <li>{@code languages} → answers {@code agree A of N; C1, C2, ...}: how often Solr's detected language (and
 *       Chinese script) is crosscheck's, and the most frequent disagreements;
 *   <li>{@code quit}.
 * </ul>
 *
 * <p>{@code SolrIndexRun ARTICLES.jsonl WORK} (WORK holds the nori user dictionary; the Solr home is made there).
 */
public final class SolrIndexRun {

  public static void main(String[] args) throws Exception {
    List<Article> articles = Article.read(Path.of(args[0]));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (ArticleCore core = ArticleCore.open(Path.of(args[1]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      out.println("ready " + articles.size());
      for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
        String[] command = line.strip().split(" ");
        switch (command[0]) {
          case "index" -> {
            core.clear();
            double seconds = core.index(articles, Integer.parseInt(command[1]));
            out.println(String.format(Locale.ROOT, "seconds %.3f docs %d", seconds, core.count()));
          }
          case "languages" -> out.println(agreement(articles, core.languages()));
          default -> out.println("error unknown command " + line);
        }
      }
    }
  }

  /** How often Solr's language (with script for Chinese) is crosscheck's, and the most frequent disagreements. */
  static String agreement(List<Article> articles, Map<String, String> solr) {
    int agree = 0;
    Map<String, Integer> differences = new TreeMap<>();
    for (Article a : articles) {
      String ours = a.lang() + (a.script() == null || a.script().isEmpty() ? "" : "-" + a.script());
      String theirs = solr.getOrDefault(a.id(), "missing");
      if (ours.equals(theirs)) {
        agree++;
      } else {
        differences.merge(ours + " → " + theirs, 1, Integer::sum);
      }
    }
    StringBuilder s = new StringBuilder("agree " + agree + " of " + articles.size());
    differences.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(5)
        .forEach(e -> s.append(s.indexOf(";") < 0 ? "; " : ", ").append(e.getKey()).append(' ').append(e.getValue()));
    return s.toString();
  }

  private SolrIndexRun() {}
}
