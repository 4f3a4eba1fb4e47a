package org.lsotexplorer.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes many image files with {@code javax.imageio}, reusing one reader per format instead of creating (and,
 * for JPEG, natively initialising) one per file as {@code ImageIO.read} does, and skipping metadata. The format is
 * recognised from the content (the first provider that accepts the stream), not from the file name. Not
 * thread-safe; close it to release the readers.
 */
final class ImageDecoder implements AutoCloseable {
    private final Map<Class<?>, ImageReader> readers = new HashMap<>();

    /**
     * The first image of {@code file}, or {@code null} when no installed reader recognises it.
     *
     * @throws IOException when the file cannot be read or its data are corrupt
     */
    BufferedImage read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file.getFileName());
            }
            ImageReader reader = readerFor(in);
            if (reader == null) {
                return null;
            }
            try {
                reader.setInput(in, true, true);
                return reader.read(0);
            } finally {
                reader.reset();
            }
        }
    }

    /** A cached reader of the first provider that recognises the stream, or {@code null}. */
    private ImageReader readerFor(ImageInputStream in) throws IOException {
        Iterator<ImageReaderSpi> providers = IIORegistry.getDefaultInstance()
                .getServiceProviders(ImageReaderSpi.class, true);
        while (providers.hasNext()) {
            ImageReaderSpi spi = providers.next();
            if (spi.canDecodeInput(in)) {             // providers mark and reset the stream themselves
                ImageReader reader = readers.get(spi.getClass());
                if (reader == null) {
                    reader = spi.createReaderInstance();
                    readers.put(spi.getClass(), reader);
                }
                return reader;
            }
        }
        return null;
    }

    @Override
    public void close() {
        readers.values().forEach(ImageReader::dispose);
        readers.clear();
    }
}
