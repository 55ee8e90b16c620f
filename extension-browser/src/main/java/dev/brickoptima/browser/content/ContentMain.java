package dev.brickoptima.browser.content;

/**
 * Entry point of content.js, injected on Spark UI pages (and on origins the user added). It only adds
 * buttons; the engine lives in the background script and is reached by message, so the page never loads it.
 */
public final class ContentMain {
    private ContentMain() {
    }

    public static void main(String[] args) {
        SparkPage page = SparkPage.of(Browser.path(), Browser.search());
        switch (page.kind()) {
            case SQL_LIST:
                ListPageUi.install(page);
                break;
            case EXECUTION:
                ExecutionPageUi.install(page);
                break;
            default:
                break;
        }
    }
}
