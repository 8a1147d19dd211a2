package crosscheck.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The Solr peer's indexing JVM (crosscheck.bench.solr.SolrIndexRun in module bench/solr, with Solr's own
 * classpath), driven line by line so that its runs interleave with the pipeline's and bare Lucene's.
 */
final class SolrPeer implements AutoCloseable {

  private final Process process;
  private final BufferedWriter commands;
  private final BufferedReader answers;

  private SolrPeer(Process process) {
    this.process = process;
    this.commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts the Solr JVM on the article folder written by {@link SolrInput} and waits until it has read them. */
  static SolrPeer start(String classpath, Path inputDir) throws IOException {
    Process p = new ProcessBuilder("java", "-Xmx2g", "-cp", classpath, "crosscheck.bench.solr.SolrIndexRun",
        inputDir.resolve(SolrInput.ARTICLES).toString(), inputDir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    SolrPeer peer = new SolrPeer(p);
    String ready = peer.answers.readLine();
    if (ready == null || !ready.startsWith("ready")) {
      throw new IOException("the Solr JVM did not start: " + ready);
    }
    return peer;
  }

  /** Indexes every article into an empty core with {@code threads} client threads; returns the seconds taken. */
  double index(int threads) throws IOException {
    String[] answer = ask("index " + threads).split(" ");
    if (!answer[0].equals("seconds")) {
      throw new IOException("Solr: " + String.join(" ", answer));
    }
    return Double.parseDouble(answer[1]);
  }

  /** How often Solr's detected language agrees with crosscheck's on the last index (see SolrIndexRun). */
  String languages() throws IOException {
    return ask("languages");
  }

  private String ask(String command) throws IOException {
    commands.write(command);
    commands.newLine();
    commands.flush();
    String answer = answers.readLine();
    if (answer == null) {
      throw new IOException("the Solr JVM exited (" + command + ")");
    }
    return answer;
  }

  @Override
  public void close() throws IOException {
    try {
      commands.write("quit");
      commands.newLine();
      commands.flush();
    } catch (IOException e) {
      // already gone
    }
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
    }
  }
}
