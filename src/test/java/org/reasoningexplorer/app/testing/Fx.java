package org.reasoningexplorer.app.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Running a call on the FX thread from a test and getting its result. */
public final class Fx {
    private Fx() {
    }

    /** Runs {@code call} on the FX thread and returns its result; any failure, or 30 s without one, fails the test. */
    public static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
