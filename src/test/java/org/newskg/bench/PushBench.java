package org.newskg.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.app.BuildGraph;
import org.newskg.app.PushGraphs;
import org.newskg.store.KgStore;

/**
 * newskg push against plain HTTP PUTs of the same graphs (N-Triples bodies made beforehand), to
 * one in-memory Fuseki, in one run: seconds each and their ratio. Run with bench/push.sh.
 */
public final class PushBench {
    private PushBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("newskg-push-bench");
        Path dataset = dir.resolve("ds");
        BuildGraph.standard().build(List.of(args.length > 0 ? args[0] : "src/test/resources/corpus/bbc"),
                new BuildGraph.Options(Optional.empty(), dataset), new ByteArrayInputStream(new byte[0]), s -> { });
        List<String> graphs;
        List<byte[]> bodies = new ArrayList<>();
        try (KgStore store = KgStore.openExisting(dataset)) {
            graphs = store.graphNames();
            for (String g : graphs) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, store.graph(g), Lang.NTRIPLES);
                bodies.add(out.toByteArray());
            }
        }
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/news", DatasetGraphFactory.createTxnMem()).build();
        fuseki.start();
        String endpoint = "http://localhost:" + fuseki.getHttpPort() + "/news";
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Double> plainTimes = new ArrayList<>();
            List<Double> pushTimes = new ArrayList<>();
            for (int round = 1; round <= 7; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < graphs.size(); i++) {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?graph="
                            + URLEncoder.encode(graphs.get(i), StandardCharsets.UTF_8))).header("Content-Type", "application/n-triples")
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() / 100 != 2) {
                        throw new IllegalStateException("PUT answered " + r.statusCode());
                    }
                }
                double plain = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                new PushGraphs().push(dataset, endpoint, List.of(), true, null, null, o -> { });
                double push = (System.nanoTime() - t1) / 1e9;
                System.out.printf("round %d: %d graphs; plain PUTs %.2f s (%.1f ms/graph), newskg push %.2f s (%.1f ms/graph); "
                        + "ratio %.2f%n", round, graphs.size(), plain, plain * 1000 / graphs.size(), push,
                        push * 1000 / graphs.size(), push / plain);
                plainTimes.add(plain);
                pushTimes.add(push);
            }
            plainTimes.sort(null);
            pushTimes.sort(null);
            System.out.printf("median: plain PUTs %.2f s, newskg push %.2f s, ratio %.2f%n", plainTimes.get(3), pushTimes.get(3),
                    pushTimes.get(3) / plainTimes.get(3));
        } finally {
            fuseki.stop();
        }
    }
}
