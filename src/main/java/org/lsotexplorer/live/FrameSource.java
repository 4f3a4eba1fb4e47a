package org.lsotexplorer.live;

/**
 * Where a plane view gets its pictures: it posts what it wants (the newest request wins) and takes the newest
 * finished frame. Both methods may be called from any thread and never wait for drawing.
 */
public interface FrameSource {
    /** Posts what the screen wants. */
    void request(FrameRequest r);

    /** The newest frame, or null before the first. */
    Frame latestFrame();
}
