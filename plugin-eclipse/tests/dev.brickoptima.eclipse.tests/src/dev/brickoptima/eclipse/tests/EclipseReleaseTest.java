package dev.brickoptima.eclipse.tests;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release these tests run on is the one the build says (brickoptima.eclipse.jdtCore, set per target platform), so
 * a passing run on the oldest-release target is evidence for 2024-03 and not the current platform again.
 */
class EclipseReleaseTest {
    @Test
    void runsOnTheExpectedJdtRelease() {
        String expected = System.getProperty("brickoptima.eclipse.jdtCore");
        assertNotNull(expected, "the test run sets brickoptima.eclipse.jdtCore");
        Bundle jdt = Platform.getBundle("org.eclipse.jdt.core");
        String actual = jdt.getVersion().getMajor() + "." + jdt.getVersion().getMinor();
        assertTrue(actual.equals(expected), "org.eclipse.jdt.core " + jdt.getVersion() + ", expected " + expected);
        Bundle ui = Platform.getBundle("org.eclipse.jdt.ui");
        assertNotNull(ui, "JDT UI (the Java editor's quick fixes) is part of the test platform");
        Bundle plugin = Platform.getBundle("dev.brickoptima.eclipse");
        assertTrue(plugin.getState() == Bundle.ACTIVE || plugin.getState() == Bundle.RESOLVED || plugin.getState() == Bundle.STARTING,
            "the plugin resolved on this release: state " + plugin.getState());
    }
}
