package org.lsotexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.lsotexplorer.ui.export.FileDialogs;

/** File dialogs answered from a queue of prepared paths (native dialogs cannot be driven headless). */
public final class QueuedFileDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();

    /** Queues the answer to the next dialog. */
    public void answer(Path p) {
        answers.add(p);
    }

    @Override
    public Optional<Path> open(String title, String description, String pattern) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> save(String title, String initialName, String description, String pattern) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> directory(String title) {
        return Optional.ofNullable(answers.poll());
    }
}
