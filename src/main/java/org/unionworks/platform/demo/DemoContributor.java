package org.unionworks.platform.demo;

/** A module's part of the demo city, written into the module's own tables. */
public interface DemoContributor {

    /** Contributors run in ascending order (the union tree first). */
    int order();

    /** Writes this module's data and returns a line for the console, e.g. {@code 会员 1,000,000}. */
    String contribute(DemoCity city);
}
