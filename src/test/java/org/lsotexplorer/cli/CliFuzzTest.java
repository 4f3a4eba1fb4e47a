package org.lsotexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the real command line: every case ends in exit code 2 with exactly one {@code error: ...}
 * line that names the problem, before any work (no run folder is left behind), or in the correct answer.
 */
@Tag("fuzz")
class CliFuzzTest {
    @TempDir
    Path dir;

    private static CliOutcome cli(String... args) {
        return CliOutcome.run(args);
    }

    private static String oneLineError(CliOutcome o, String... mustContain) {
        assertEquals(2, o.code(), "exit code for bad input; stderr: " + o.err());
        List<String> lines = o.errLines().stream().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, lines.size(), "exactly one error line: " + o.err());
        assertEquals(lines.get(0), o.errLines().get(o.errLines().size() - 1), "the error is the last line");
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
        assertEquals("", o.out(), "nothing on stdout");
        for (String s : mustContain) {
            assertTrue(lines.get(0).contains(s), "message should contain '" + s + "': " + lines.get(0));
        }
        return lines.get(0);
    }

    private Path csv(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private Path cloud(String name, int n, int d, long seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(n * d * 8);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                b.append(k == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", r.nextGaussian()));
            }
            b.append('\n');
        }
        return csv(name, b.toString());
    }

    private double otCost(Path a, Path b) throws IOException {
        CliOutcome o = cli("ot", "--source", a.toString(), "--target", b.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        return new ObjectMapper().readTree(o.out()).get("cost").asDouble();
    }

    @Test
    void bomAndHeaderGiveTheSameCostAsThePlainFile() throws IOException {
        Path a = csv("a.csv", "0,0\n1,0\n");
        Path b = csv("b.csv", "1,1\n0,1\n");
        double plain = otCost(a, b);
        assertEquals(1.0, plain, 1e-12, "|x-y|^2, POT's sqeuclidean: each point moves a distance 1");
        assertEquals(plain, otCost(csv("bom.csv", "\uFEFF0,0\n1,0\n"), b), 0);
        assertEquals(plain, otCost(csv("head.csv", "\uFEFFx;y\n0;0\n1;0\n"), b), 0);
        CliOutcome stated = cli("ot", "--source", a.toString(), "--target", csv("h2.csv", "x,y\n1,1\n0,1\n").toString());
        assertTrue(stated.err().contains("a.csv: 2 points of 2 values, separated by ','; no header"), stated.err());
        assertTrue(stated.err().contains("h2.csv: 2 points of 2 values, separated by ','; header 'x,y' skipped"),
                stated.err());
    }

    @Test
    void csvProblemsAreOneLine() throws IOException {
        Path b = csv("b.csv", "1,1\n0,1\n");
        oneLineError(cli("ot", "--source", csv("lead.csv", ",0,0\n1,0\n").toString(), "--target", b.toString()),
                "lead.csv line 1", "value 1 is empty");
        oneLineError(cli("ot", "--source", csv("eu.csv", "0,1;0,2\n1,1;0,5\n").toString(), "--target",
                b.toString()), "eu.csv line 1", "decimal comma");
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "# r\u00e9sum\u00e9\n0,0\n".getBytes(StandardCharsets.ISO_8859_1));
        oneLineError(cli("ot", "--source", latin.toString(), "--target", b.toString()), "latin.csv line 1",
                "not UTF-8", "save the file as UTF-8");
        oneLineError(cli("ot", "--source", dir.toString(), "--target", b.toString()), "is a folder");
        oneLineError(cli("ot", "--source", csv("three.csv", "0,0,0\n").toString(), "--target", b.toString()),
                "three.csv has dimension 3 but b.csv has 2");
        oneLineError(cli("run", "--target-csv", csv("t3.csv", "0,0,0\n1,1,1\n").toString(), "--out",
                dir.resolve("r").toString()), "t3.csv has 3 columns");
        assertFalse(Files.exists(dir.resolve("r")), "no folder for a refused run");
    }

    @Test
    void otOptionsAreCheckedBeforeSolving() throws IOException {
        Path a = csv("a.csv", "0,0\n1,0\n");
        oneLineError(cli("ot", "--source", a.toString(), "--target", a.toString(), "--epsilon", "0",
                "--solver", "sinkhorn"), "--epsilon must be a positive finite number");
        oneLineError(cli("ot", "--source", a.toString(), "--target", a.toString(), "--plan",
                dir.resolve("no/such/plan.csv").toString()), "--plan", "does not exist", "create it");
        oneLineError(cli("ot", "--source", a.toString(), "--target", a.toString(), "--plan", dir.toString()),
                "--plan", "is a folder");
        oneLineError(cli("ot", "--source", a.toString(), "--target", a.toString(), "--cost", "cosine"), "cosine");
    }

    @Test
    void otRefusesWhatIsOutOfReachUpFront() throws IOException {
        Path big = cloud("big.csv", 40_000, 2, 1);
        String m = oneLineError(cli("ot", "--source", big.toString(), "--target", big.toString()),
                "40,000 x 40,000 points", "GB of heap");
        assertTrue(m.contains("subsample") && m.contains("-Xmx"), m);
        Path tall = cloud("tall.csv", 1_500_000, 2, 2);
        Path small = cloud("small.csv", 80, 2, 3);
        oneLineError(cli("ot", "--source", tall.toString(), "--target", small.toString(), "--solver", "exact"),
                "1,500,000 x 80 points", "hours", "--solver sinkhorn");
        oneLineError(cli("run", "--solver", "exact", "--codes", "100000", "--batch", "10000", "--out",
                dir.resolve("exact-run").toString()), "run --solver exact with 10,000 x 100,000 points needs about");
        assertFalse(Files.exists(dir.resolve("exact-run")));
    }

    @Test
    void runOptionsAreValidatedBeforeAnyWork() {
        Path out = dir.resolve("run");
        String[][] bad = {
            {"--grid", "0"}, {"--steps", "-1"}, {"--batch", "0"}, {"--codes", "1"}, {"--learning-rate", "2"},
            {"--learning-rate", "0.001", "--solver", "exact"}, {"--latent-dim", "4"}, {"--data", "x"},
            {"--preset", "mnist", "--grid", "50"}, {"--source", "cauchy"}, {"--preset", "fashion"},
            {"--solver", "magic"}, {"--refine", "-3"},
        };
        for (String[] opts : bad) {
            String[] args = new String[opts.length + 3];
            args[0] = "run";
            System.arraycopy(opts, 0, args, 1, opts.length);
            args[opts.length + 1] = "--out";
            args[opts.length + 2] = out.toString();
            oneLineError(cli(args), opts[0].equals("--preset") && opts.length == 2 ? "mnist, celeba" : "");
            assertFalse(Files.exists(out), String.join(" ", opts) + " must fail before the run folder exists");
        }
        oneLineError(cli("run", "--grid", "0", "--out", out.toString()), "grid resolution");
        oneLineError(cli("run", "--preset", "fashion", "--out", out.toString()), "eight-gaussians", "mnist, celeba");
        oneLineError(cli("run", "--latent-dim", "4", "--out", out.toString()), "--latent-dim applies only to the"
                + " image presets");
    }

    @Test
    void learningRateReachesTheSolverAndPresetWithCsvIsRefused() throws IOException {
        Path out = dir.resolve("lr");
        CliOutcome o = cli("run", "--learning-rate", "5e-5", "--steps", "3", "--refine", "1", "--codes", "64",
                "--grid", "16", "--quiet", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(5e-5, new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).path("settings")
                .path("lsot").path("learningRate").asDouble(), 0);
        oneLineError(cli("run", "--preset", "rings", "--target-csv", csv("t.csv", "0,0\n1,1\n").toString(),
                "--out", dir.resolve("both").toString()), "not both");
    }

    @Test
    void outputPathsThatCannotBeUsedAreNamedWithWhatToDo() throws IOException {
        Path file = csv("a-file", "x");
        oneLineError(cli("run", "--out", file.toString()), "--out", "is a file, not a folder");
        oneLineError(cli("run", "--out", file.resolve("sub").toString()), "--out", "is a file; choose another");
    }

    @Test
    void imageDataProblemsAreOneLine() throws IOException {
        Path mnist = Files.createDirectory(dir.resolve("mnist"));
        ByteBuffer images = ByteBuffer.allocate(16 + 4 * 28 * 28).putInt(0x803).putInt(4).putInt(28).putInt(28);
        Files.write(mnist.resolve("train-images-idx3-ubyte"), images.array());
        Files.write(mnist.resolve("train-labels-idx1-ubyte"), ByteBuffer.allocate(108).putInt(0x801)
                .putInt(Integer.MAX_VALUE).array());
        oneLineError(cli("run", "--preset", "mnist", "--data", mnist.toString(), "--no-model-cache", "--quiet",
                "--out", dir.resolve("m").toString()), "train-labels-idx1-ubyte", "2,147,483,647 labels",
                "download it again");
        assertFalse(Files.exists(dir.resolve("m")), "bad data leaves no run folder");
        oneLineError(cli("run", "--preset", "celeba", "--data", dir.resolve("none").toString(), "--out",
                dir.resolve("c").toString()), "does not exist", "folder of face images");
        Path faces = Files.createDirectory(dir.resolve("faces"));
        Files.write(faces.resolve("a.jpg"), new byte[0]);
        oneLineError(cli("run", "--preset", "celeba", "--data", faces.toString(), "--no-model-cache", "--quiet",
                "--out", dir.resolve("f").toString()), "holds no readable image", "a.jpg");
        oneLineError(cli("run", "--preset", "celeba", "--data", faces.toString(), "--model-cache",
                dir.resolve("mc").toString(), "--no-model-cache", "--out", dir.resolve("f2").toString()),
                "contradict");
    }

    @Test
    void divergenceAdviceNamesAnOptionTheCliHas() {
        assertEquals("step 7 (discriminator): semi_dual_loss became NaN; rerun with a smaller --learning-rate (the"
                + " default is 1e-4; try 5e-5) or another --seed", CliErrors.cliAdvice("step 7 (discriminator):"
                + " semi_dual_loss became NaN; lower the learning rate or reset the run"));
        assertTrue(CliErrors.cliAdvice("autoencoder loss is not finite at epoch 1, batch 2; lower the learning rate"
                + " or reset the run").endsWith("rerun with another --seed or --loss mse, or fewer --epochs"));
    }

    @Test
    void fileSystemFailuresAreDescribedNotJustThePath() {
        assertEquals("cannot use /proc/x: the file system refused to create or write it; check the path and its"
                + " permissions, or choose another (e.g. under your home folder)",
                CliErrors.describe(new java.nio.file.FileSystemException("/proc/x")));
        assertTrue(CliErrors.describe(new java.nio.file.FileSystemException("/a/b", null, "Is a directory"))
                .startsWith("cannot use /a/b: Is a directory; check the path"));
        assertTrue(CliErrors.describe(new java.nio.file.AccessDeniedException("/root/x")).contains("permission"
                + " denied"));
    }

    @Test
    void outOfMemoryIsOneLine() {
        StringWriter err = new StringWriter();
        assertEquals(Cli.BAD_INPUT, CliErrors.outOfMemory(new PrintWriter(err, true)));
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("error: out of memory: ") && lines.get(0).contains("-Xmx"), lines.get(0));
    }
}
