package dev.brickoptima.eclipse.tests;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Every test of this bundle: how the oldest-release module (plugin-eclipse/tests/oldest-release) runs them. */
@Suite
@SelectPackages("dev.brickoptima.eclipse.tests")
@IncludeClassNamePatterns(".*Test")
public class AllTests {
}
