package org.reportparse.cli;

import org.reportparse.batch.Sizes;
import picocli.CommandLine;

/** Parses --max-size values such as 50MB or 512k. */
final class SizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        try {
            return Sizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
