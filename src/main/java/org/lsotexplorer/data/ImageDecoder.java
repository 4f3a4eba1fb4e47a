package org.lsotexplorer.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes many image files with {@code javax.imageio}, reusing one reader per format instead of creating (and,
 * for JPEG, natively initialising) one per file as {@code ImageIO.read} does, and skipping metadata. The format is
 * recognised from the content (the first provider that accepts the stream), not from the file name. Not
 * thread-safe; close it to release the readers.
 *
 * <p><b>Bounded memory.</b> The dimensions are read from the header before any pixel is decoded: an image larger
 * than {@link #MAX_SIDE} on a side is decoded with source subsampling (every k-th pixel and row), so a 20,000 x
 * 20,000 PNG costs a 2,000 x 2,000 raster, and one beyond {@link #MAX_DECLARED_SIDE} is refused unread.
 *
 * <p><b>Damage.</b> A decoder warning (a truncated JPEG decodes with its missing lower part grey and only warns
 * "Premature end of JPEG file") is a failure: {@link #read} throws, naming the warning.
 */
final class ImageDecoder implements AutoCloseable {
    /** Largest side decoded in full; larger images are subsampled down to at most this. */
    static final int MAX_SIDE = 2048;
    /** Larger declared sides are refused without decoding (a corrupt or hostile header). */
    static final int MAX_DECLARED_SIDE = 1 << 16;

    /** A decoded image and, when it was subsampled, the factor (1 = decoded in full). */
    record Decoded(BufferedImage image, int subsampling, int width, int height) {
    }

    private final Map<Class<?>, ImageReader> readers = new HashMap<>();

    /**
     * The first image of {@code file}, or {@code null} when no installed reader recognises it.
     *
     * @throws IOException when the file is empty, cannot be read, is truncated or corrupt, or declares absurd
     *                     dimensions; the message says which
     */
    Decoded read(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new IOException("the file is empty (0 bytes)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file.getFileName());
            }
            ImageReader reader = readerFor(in);
            if (reader == null) {
                return null;
            }
            List<String> warnings = new ArrayList<>();
            IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener(listener);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || w > MAX_DECLARED_SIDE || h > MAX_DECLARED_SIDE) {
                    throw new IOException(String.format(Locale.ROOT, "its header declares %d x %d pixels (at most"
                            + " %d per side are accepted)", w, h, MAX_DECLARED_SIDE));
                }
                int k = subsampling(w, h);
                ImageReadParam param = reader.getDefaultReadParam();
                if (k > 1) {
                    param.setSourceSubsampling(k, k, 0, 0);
                }
                BufferedImage img = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new IOException("truncated or damaged: the decoder warned '" + warnings.get(0) + "'");
                }
                return new Decoded(img, k, w, h);
            } finally {
                reader.removeIIOReadWarningListener(listener);
                reader.reset();
            }
        }
    }

    /** The subsampling factor that brings both sides to at most {@link #MAX_SIDE}. */
    static int subsampling(int width, int height) {
        int side = Math.max(width, height);
        return (side + MAX_SIDE - 1) / MAX_SIDE;
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
