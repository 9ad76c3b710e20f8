package rdresults.it.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver. Without them the browser tests are skipped with a
 * message; {@code RDR_REQUIRE_CHROMIUM=true} (or {@code -Drdr.require.chromium=true}), set by {@code .ci/run}, turns
 * that skip into a failure.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("RDR_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("RDR_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static void assumeInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String message = "headless Chromium not available (" + CHROMIUM + ", " + DRIVER + "; Debian: apt-get install "
                + "chromium chromium-driver): the console browser tests are skipped";
        if (!present && required()) {
            throw new AssertionError(message + ", but RDR_REQUIRE_CHROMIUM=true");
        }
        assumeTrue(present, message + " (set RDR_REQUIRE_CHROMIUM=true to make this a failure)");
    }

    /** A fresh browser with its own profile folder under {@code profile}. */
    static ChromeDriver start(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File(profile.toFile(), "chromedriver.log")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getProperty("rdr.require.chromium"))
                || "true".equalsIgnoreCase(System.getenv("RDR_REQUIRE_CHROMIUM"));
    }
}
