package org.reportparse.cli;

/** Lets tests in other packages run the CLI with captured streams. */
public final class BatchCliTestAccess {
    private BatchCliTestAccess() {}

    public record Result(int status, String out, String err) {}

    public static Result run(String... args) {
        BatchCliTest.Run r = BatchCliTest.run(args);
        return new Result(r.status(), r.out(), r.err());
    }
}
