package crosscheck.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts the values of a keyword field (indexed with sorted-set doc values) over the documents a query matches. */
final class FacetCounter {

  private FacetCounter() {}

  /** Value → count, most frequent first, at most {@code top} values. */
  static Map<String, Long> count(IndexSearcher searcher, Query query, String field, int top) throws IOException {
    Map<String, Long> counts = searcher.search(query, new Manager(field));
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey()) : Long.compare(b.getValue(), a.getValue()));
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : entries.subList(0, Math.min(top, entries.size()))) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  private record Manager(String field) implements CollectorManager<Counting, Map<String, Long>> {
    @Override
    public Counting newCollector() {
      return new Counting(field);
    }

    @Override
    public Map<String, Long> reduce(Collection<Counting> collectors) {
      Map<String, Long> total = new HashMap<>();
      collectors.forEach(c -> c.counts.forEach((k, v) -> total.merge(k, v, Long::sum)));
      return total;
    }
  }

  private static final class Counting implements Collector {
    private final String field;
    private final Map<String, Long> counts = new HashMap<>();

    Counting(String field) {
      this.field = field;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
      long[] perOrd = new long[(int) Math.min(Integer.MAX_VALUE, values.getValueCount())];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (values.advanceExact(doc)) {
            for (int i = 0; i < values.docValueCount(); i++) {
              perOrd[(int) values.nextOrd()]++;
            }
          }
        }

        @Override
        public void finish() throws IOException {
          for (int ord = 0; ord < perOrd.length; ord++) {
            if (perOrd[ord] > 0) {
              counts.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
            }
          }
        }
      };
    }
  }
}
