package crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded).
 * Skipped with a message where Chromium is not installed, except under CI, where it must run.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static ChromeDriver driver;
  private static TestServer server;

  @BeforeAll
  static void startBrowser() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      fail("CI=true but Chromium is missing: apt-get install chromium chromium-driver (.ci/run does this)");
    }
    assumeTrue(installed, "Chromium not installed (apt-get install chromium chromium-driver): browser test skipped");
    server = TestServer.get();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("crosscheck-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  @Test
  void typeAQueryAndSeeResultsAndTheLanguageFacet() {
    driver.get(server.base + "/");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("數據中心", Keys.ENTER);
    waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit")));

    List<WebElement> hits = driver.findElements(By.cssSelector("#hits .hit"));
    assertThat(hits).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#hits .snippet mark"))).extracting(WebElement::getText)
        .contains("數據中心", "数据中心");
    assertThat(driver.getCurrentUrl()).contains("q=");

    WebElement korean = driver.findElement(By.cssSelector(".facet[data-facet=lang] a[data-value=ko]"));
    assertThat(korean.getText()).contains("한국어");
    korean.click();
    waitUpTo(15).until(ExpectedConditions.urlContains("lang=ko"));
    waitUpTo(15).until(d -> d.findElements(By.cssSelector("#hits .hit .badge")).stream()
        .allMatch(b -> b.getText().equals("한국어")) && !d.findElements(By.cssSelector("#hits .hit")).isEmpty());
    assertThat(driver.findElement(By.cssSelector(".facet[data-facet=lang] li.active")).getText()).contains("한국어");
  }

  @Test
  void thePageSaysWhatElseItSearchedAndCanTurnItOff() {
    driver.get(server.base + "/?q=compensation");
    waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#expansions .terms")));
    assertThat(driver.findElement(By.id("expansions")).getText())
        .contains("also searched", "보상", "ganti rugi", "indemnisation");
    assertThat(driver.findElements(By.cssSelector("#hits .hit .badge"))).extracting(WebElement::getText)
        .contains("한국어", "Français");
    driver.findElement(By.id("xlang")).click();
    waitUpTo(15).until(ExpectedConditions.urlContains("xlang=false"));
    waitUpTo(15).until(d -> d.findElement(By.id("expansions")).getText().contains("expansion is off"));
  }

  @Test
  void theArticlePageMarksEveryExtractedNumber() {
    driver.get(server.base + "/doc.html?id=ko_kbs-et-kakao-200man-users.txt");
    waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#body mark.fact")));
    List<WebElement> marks = driver.findElements(By.cssSelector("#body mark.fact"));
    assertThat(marks).extracting(WebElement::getText).contains("110억 개", "나흘");
    assertThat(marks).allSatisfy(m -> assertThat(m.getAttribute("title")).matches("(count|percent|duration|money|date): .+"));
    assertThat(driver.findElement(By.id("meta")).getText()).contains("KBS News").doesNotContain("null");
    assertThat(driver.findElements(By.cssSelector("#related li a"))).isNotEmpty();
  }

  @Test
  void aBadQueryShowsTheServersMessage() {
    driver.get(server.base + "/?q=" + java.net.URLEncoder.encode("kakao AND (", java.nio.charset.StandardCharsets.UTF_8));
    waitUpTo(15).until(ExpectedConditions.attributeContains(By.id("status"), "class", "error"));
    assertThat(driver.findElement(By.id("status")).getText()).contains("cannot parse");
  }

  @Test
  void askTheComparePageAQuestionAndSeeTheConflictBadge() {
    driver.get(server.base + "/compare.html");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("사용자 이탈", Keys.ENTER);
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#groups .group .badge.conflict")));
    assertThat(driver.getCurrentUrl()).contains("/compare.html?q=");
    WebElement group = driver.findElement(By.cssSelector("#groups .group[data-conflict=true]"));
    assertThat(group.findElement(By.cssSelector(".reason")).getText()).contains("8 million", "2 million");
    assertThat(group.findElements(By.cssSelector("svg.chart rect.bar"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(group.findElements(By.cssSelector("td.sentence mark"))).isNotEmpty();
    assertThat(group.findElement(By.cssSelector("td.article-link a")).getAttribute("href")).contains("/doc.html?id=");
    // the state is in the URL: reloading shows the same comparison
    driver.navigate().refresh();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#groups .group .badge.conflict")));
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("사용자 이탈");
  }

  @Test
  void theFactSheetShowsConflictsFirstAndTheBridgeWithoutConflict() {
    driver.get(server.base + "/overview.html");
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#groups .group")));
    List<WebElement> badges = driver.findElements(By.cssSelector("#groups .group .group-head .badge"));
    assertThat(badges.get(0).getText()).isEqualTo("conflict");
    assertThat(badges.get(badges.size() - 1).getText()).isEqualTo("no conflict");
    assertThat(driver.findElement(By.id("exports")).findElement(By.linkText("CSV")).getAttribute("href"))
        .contains("/api/facts/overview?format=csv");
  }
}
