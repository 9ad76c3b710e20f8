package rdresults.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import rdresults.it.ResultsApiProcess;
import rdresults.model.AtomicFiles;
import rdresults.model.PythonJson;

/**
 * The console in a real browser, on the packaged service serving the bundled sample: every page opens, filters and
 * sorting work, links lead from a factor to its loops, the charts are drawn and answer the mouse, and data that
 * looks like markup stays text.
 */
class ConsoleBrowserIT {

    /** A loop of the sample whose workspace holds ret_schema.json. */
    private static final String LOOP = "7daba6df420346bba2e5206c2d9dd4b5/7";
    private static final String HOSTILE = "<script>alert(\"pwned\")</script>/../因子 x";
    /** Phone width (CSS pixels) the narrow-layout test emulates. */
    private static final int PHONE_WIDTH = 390;

    private static final String TOKEN = "console-it-token";

    // static: JUnit injects an instance @TempDir field only after @BeforeAll, and the class shares one service and
    // one browser (starting either takes seconds)
    @TempDir
    static Path work;
    private static ResultsApiProcess api;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        api = ResultsApiProcess.start(work);
        addHostileFactor();
        browser = Browser.start(Files.createDirectories(work.resolve("chrome-profile")), 1280, 800);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void everyPageOpensWithItsHeading() {
        String[][] pages = {{"/", "Overview"}, {"/ui/factors", "Factor library"}, {"/ui/strategies", "Strategy library"},
                {"/ui/loops", "Experiment library"}, {"/ui/task_runs", "Task runs"},
                {"/ui/factors/Volume_Spike_5D", "Volume_Spike_5D"}, {"/ui/loops/" + LOOP, "Loop 7daba6df/7"}};
        for (String[] page : pages) {
            open(page[0]);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page[0]).startsWith(page[1]);
            assertThat(browser.findElements(By.cssSelector("p.problem"))).as(page[0]).isEmpty();
        }
        open("/ui/strategies");
        clickAndLoad(browser.findElement(By.cssSelector("table.data tbody a")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Strategy");
        assertThat(browser.findElements(By.cssSelector("pre.block"))).isNotEmpty();
    }

    @Test
    void atAPhoneWidthNoPageIsWiderThanTheScreenAndTablesScrollInPlace() {
        String[] pages = {"/", "/ui/factors", "/ui/factors/Volume_Spike_5D", "/ui/strategies", "/ui/loops",
            "/ui/loops/" + LOOP, "/ui/task_runs", "/ui/compare?loop=" + LOOP + "&loop=7daba6df420346bba2e5206c2d9dd4b5/3"};
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String page : pages) {
                open(page);
                Map<?, ?> widths = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
                        "var wide = []; document.querySelectorAll('body *').forEach(function (e) {"
                                + " if (!e.closest('.scroll, pre') && e.getBoundingClientRect().right > innerWidth + 1)"
                                + " { wide.push(e.tagName + '.' + e.className); } });"
                                + "return {doc: document.documentElement.scrollWidth, view: innerWidth, wide: wide};");
                assertThat(((Number) widths.get("view")).intValue()).isEqualTo(PHONE_WIDTH);
                assertThat(((Number) widths.get("doc")).intValue()).as("%s is wider than the screen: %s", page,
                        widths.get("wide")).isLessThanOrEqualTo(PHONE_WIDTH);
            }
            // a wide table scrolls inside its own box
            open("/ui/loops");
            WebElement box = browser.findElement(By.cssSelector("#results .scroll"));
            Object scrolls = ((JavascriptExecutor) browser).executeScript(
                    "return arguments[0].scrollWidth > arguments[0].clientWidth;", box);
            assertThat(scrolls).isEqualTo(true);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theKeyboardReachesTheFiltersTheSortLinksAndTheCompareBoxesWithAVisibleFocus() {
        open("/ui/factors");
        List<String> reached = tabThrough(60);
        assertThat(reached).contains("f-q", "f-source", "f-tag", "sort:Sharpe");
        open("/ui/loops");
        assertThat(tabThrough(80)).contains("l-run", "l-since", "sort:Sharpe").anyMatch(id -> id.startsWith("cmp-"));
    }

    /**
     * Presses Tab up to {@code presses} times from the top of the page (or until past its last control); each focused
     * element as its id (or {@code sort:<label>} for a sort link), after checking it shows a focus outline.
     */
    private List<String> tabThrough(int presses) {
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (focused.getTagName().equals("body")) {
                break; // past the last control
            }
            String outline = focused.getCssValue("outline-style");
            assertThat(outline).as("focus outline of %s", focused.getAttribute("outerHTML")).isNotEqualTo("none");
            String id = focused.getAttribute("id");
            boolean sortLink = focused.getTagName().equals("a") && !focused.findElements(By.xpath("ancestor::thead"))
                    .isEmpty();
            reached.add(sortLink ? "sort:" + focused.getText().replaceAll("[^A-Za-z. ]", "").strip()
                    : id == null || id.isEmpty() ? focused.getTagName() : id);
        }
        return reached;
    }

    @Test
    void typingInTheFactorFilterNarrowsTheTableAndTheUrl() {
        open("/ui/factors");
        int before = rows("#factor-table").size();
        browser.findElement(By.id("f-q")).sendKeys("Bollinger");
        waitFor(() -> browser.getCurrentUrl().contains("q=Bollinger") && !rows("#factor-table").isEmpty()
                && rows("#factor-table").stream().allMatch(r -> r.getText().contains("Bollinger")));
        assertThat(rows("#factor-table").size()).isLessThan(before);
        // the URL is the view: opening it again shows the same rows
        String url = browser.getCurrentUrl();
        List<String> names = names("#factor-table");
        browser.get(url);
        assertThat(names("#factor-table")).isEqualTo(names);
    }

    @Test
    void clickingAMetricHeaderSortsByIt() throws IOException {
        open("/ui/factors");
        browser.findElement(By.linkText("Sharpe")).click();
        assertThat(browser.getCurrentUrl()).contains("sort=sharpe").contains("dir=desc");
        List<Double> sharpe = new ArrayList<>();
        for (WebElement row : rows("#factor-table")) {
            String t = row.findElements(By.tagName("td")).get(4).getAttribute("title");
            if (!t.equals("no value")) {
                sharpe.add(Double.parseDouble(t));
            }
        }
        assertThat(sharpe).hasSizeGreaterThan(2).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        screenshot("console-factors.png");
    }

    @Test
    void aFactorPageLinksToTheLoopsThatUsedIt() {
        open("/ui/factors/Volume_Spike_5D");
        assertThat(browser.findElement(By.cssSelector("input.import")).getAttribute("value"))
                .startsWith("from rd_factors_lib.generated import ");
        clickAndLoad(browser.findElement(By.cssSelector("a[href='/ui/loops/" + LOOP + "']")));
        assertThat(browser.getCurrentUrl()).endsWith("/ui/loops/" + LOOP);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Loop 7daba6df/7");
    }

    @Test
    void theLoopChartIsDrawnAndHoveringShowsValues() throws IOException {
        open("/ui/loops/" + LOOP);
        WebElement chart = browser.findElement(By.id("chart-returns"));
        waitFor(() -> "true".equals(chart.getAttribute("data-drawn")));
        Object painted = ((JavascriptExecutor) browser).executeScript(
                "var c = arguments[0].querySelector('canvas'); var d = c.getContext('2d')"
                        + ".getImageData(0, 0, c.width, c.height).data; var n = 0;"
                        + "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n;", chart);
        assertThat(((Number) painted).longValue()).as("painted pixels").isGreaterThan(1000);
        WebElement over = chart.findElement(By.cssSelector(".u-over"));
        new Actions(browser).moveToElement(over, over.getSize().getWidth() / 4, 0).perform();
        waitFor(() -> chart.findElements(By.cssSelector(".u-legend .u-value")).stream()
                .anyMatch(v -> v.getText().endsWith("%")));
        assertThat(chart.findElement(By.cssSelector(".u-legend .u-value")).getText()).matches("2024-\\d\\d-\\d\\d");
        screenshot("console-loop.png");
    }

    @Test
    void comparingTwoLoopsOverlaysTheirCurves() {
        open("/ui/loops?task_run_id=7daba6df420346bba2e5206c2d9dd4b5");
        browser.findElement(By.cssSelector("input[value='" + LOOP + "']")).click();
        browser.findElement(By.cssSelector("input[value='7daba6df420346bba2e5206c2d9dd4b5/3']")).click();
        browser.findElement(By.cssSelector(".compare-form button[type=submit]")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/ui/compare")
                && !browser.findElements(By.tagName("h1")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).as(browser.getPageSource())
                .isEqualTo("Compare loops");
        WebElement chart = browser.findElement(By.id("chart-compare"));
        waitFor(() -> "true".equals(chart.getAttribute("data-drawn")));
        assertThat(chart.findElements(By.cssSelector(".u-legend .u-series"))).hasSize(3);
    }

    @Test
    void aFactorNameHoldingMarkupAndASlashRendersAsText() throws IOException {
        open("/ui/factors?q=script");
        WebElement link = browser.findElement(By.cssSelector("#factor-table tbody td.name a"));
        assertThat(link.getText()).isEqualTo(HOSTILE);
        assertNoAlert();
        clickAndLoad(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE);
        assertThat(browser.findElements(By.xpath("//script[contains(., 'pwned')]"))).isEmpty();
        assertNoAlert();
    }

    @Test
    void withATokenThePagesAskForItOnceAndNeverPutItInTheUrl() throws Exception {
        try (ResultsApiProcess guarded = ResultsApiProcess.start(Files.createDirectories(work.resolve("guarded")),
                List.of("rdr.api.token=" + TOKEN))) {
            browser.get(guarded.uri().resolve("/ui/factors").toString());
            assertThat(browser.getCurrentUrl()).contains("/ui/sign-in");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
            browser.findElement(By.id("token")).sendKeys("wrong");
            clickAndLoad(browser.findElement(By.cssSelector("form.signin button[type=submit]")));
            // the form posts and the browser loads the answer: wait for it rather than read the page being left
            waitFor(() -> !browser.findElements(By.cssSelector("p.problem")).isEmpty());
            assertThat(browser.findElement(By.cssSelector("p.problem")).getText()).isNotBlank();
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");

            browser.findElement(By.id("token")).sendKeys(TOKEN);
            clickAndLoad(browser.findElement(By.cssSelector("form.signin button[type=submit]")));
            waitFor(() -> browser.getCurrentUrl().endsWith("/ui/factors")
                    && browser.findElements(By.tagName("h1")).stream()
                            .anyMatch(h -> h.getText().equals("Factor library")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Factor library");
            assertThat(browser.getCurrentUrl()).endsWith("/ui/factors").doesNotContain(TOKEN);
            assertThat(rows("#factor-table")).isNotEmpty();
            // the session cookie carries the following pages too
            browser.get(guarded.uri().resolve("/ui/loops/" + LOOP).toString());
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Loop 7daba6df/7");
        }
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private void open(String path) {
        browser.get(api.uri().resolve(path).toString());
    }

    private List<WebElement> rows(String table) {
        return browser.findElements(By.cssSelector(table + " tbody tr"));
    }

    private List<String> names(String table) {
        return browser.findElements(By.cssSelector(table + " tbody td.name a")).stream().map(WebElement::getText)
                .toList();
    }

    /**
     * Clicks what leads to another page and waits until the page it was on is gone, so that what follows reads the
     * new page, never the one being left (a form's POST is not always awaited by the driver).
     */
    private void clickAndLoad(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(
                org.openqa.selenium.StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    /**
     * The README's pictures, written only when asked for ({@code -Drdr.screenshots=docs/screenshots} or
     * {@code RDR_SCREENSHOTS}; a relative folder is taken from the repository root), so that an ordinary
     * {@code verify} leaves the work tree as it was.
     */
    private void screenshot(String name) throws IOException {
        String folder = System.getProperty("rdr.screenshots", System.getenv("RDR_SCREENSHOTS"));
        if (folder == null || folder.isBlank()) {
            return;
        }
        Path target = ResultsApiProcess.repoDir().resolve(folder);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(target);
        Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A factor whose name is markup with a slash, used by the sample loop, served after the service reloads. */
    private static void addHostileFactor() throws Exception {
        Path factors = api.catalogDir().resolve("factor_catalog.json");
        Path loops = api.catalogDir().resolve("loop_catalog.json");
        ObjectNode f = (ObjectNode) PythonJson.parse(Files.readAllBytes(factors), "factor_catalog.json");
        ObjectNode hostile = ((ArrayNode) f.get("factors")).addObject();
        hostile.put("name", HOSTILE);
        hostile.put("source", "rdagent_generated");
        hostile.put("description_cn", "<img src=x onerror=alert(1)> 中文描述");
        hostile.put("formula_hint", "\\frac{close}{open} </pre><script>alert(2)</script>");
        hostile.putArray("tags").add("rdagent");
        ObjectNode l = (ObjectNode) PythonJson.parse(Files.readAllBytes(loops), "loop_catalog.json");
        for (var loop : l.get("loops")) {
            if (loop.path("loop_id").asInt() == 7) {
                ((ArrayNode) loop.get("factor_names")).add(HOSTILE);
            }
        }
        String oldFactors = api.etag("/catalog/factors");
        String oldLoops = api.etag("/catalog/loops");
        AtomicFiles.writeString(loops, PythonJson.dumpIndented(l));
        AtomicFiles.writeString(factors, PythonJson.dumpIndented(f));
        api.awaitEtagChange("/catalog/factors", oldFactors);
        api.awaitEtagChange("/catalog/loops", oldLoops);
    }
}
