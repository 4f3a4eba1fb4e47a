package org.lsotexplorer.engine;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Crash-safe file writes for run folders: the content goes to a new temporary file in the same folder
 * ({@code .NAME.<n>.lsot-tmp}, created exclusively, so a planted link there is never followed), is flushed to disk,
 * then renamed over the destination atomically ({@code ATOMIC_MOVE}). A reader, or a process killed at any moment,
 * sees either the old file or the new one, never half of one. A destination that is a symbolic link is refused
 * (checked with {@code NOFOLLOW_LINKS}), as is a folder that is one: files are never written through links.
 * Temporary files left by a killed process are removed by {@link #cleanTemporaries}.
 */
public final class AtomicFiles {
    /** Suffix of this class's temporary files. */
    public static final String TMP_SUFFIX = ".lsot-tmp";
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {
    }

    /** The body that writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code file} atomically (see the class comment). */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        requireNotLink(target);
        requireNotLink(folder);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot write " + file + ": its folder " + folder + " does not exist");
        }
        Path tmp = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + TMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();              // writers that close their stream (Jackson) must not close the channel
                    }
                };
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + file + ": permission denied in " + folder
                    + "; choose a writable folder", e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes UTF-8 text atomically. */
    public static void writeString(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(file, out -> out.write(bytes));
    }

    /**
     * Refuses a path that is a symbolic link.
     *
     * @throws IOException naming the link and what to do
     */
    public static void requireNotLink(Path p) throws IOException {
        if (p != null && Files.isSymbolicLink(p)) {
            throw new IOException(p + " is a symbolic link; run folders are never written through links, remove"
                    + " it or choose another folder");
        }
    }

    /**
     * Deletes the temporary files a killed writer may have left in {@code dir} (not its subfolders): this class's
     * {@code *.lsot-tmp}, the PNG writer's {@code .*.part} and the network checkpoints' {@code *.mlp*.tmp}.
     *
     * @return how many were removed
     */
    public static int cleanTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean stray = name.endsWith(TMP_SUFFIX) || name.startsWith(".") && name.endsWith(".part")
                        || name.contains(".mlp") && name.endsWith(".tmp");
                if (stray && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(f);
                    n++;
                }
            }
        }
        return n;
    }
}
