package org.reportparse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven writes into version.properties at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/reportparse/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"reportparse " + p.getProperty("version", "unknown")};
    }
}
