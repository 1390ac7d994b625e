// A real Maven repository over HTTP for the test: GET, HEAD and PUT on a folder in the Maven repository layout,
// every request refused without the user and password of settings.xml (server id mesh-http). The server is
// kept in the system properties for verify.groovy to stop; its threads are daemons, so a failed build cannot
// keep the JVM alive.
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.Executors

// What an earlier run left in the tests' shared local repository would be used instead of the repository under
// test: this test's meshes must come from there.
new File(localRepositoryPath, 'it/federation/http').deleteDir()

def root = new File(basedir, 'http-repository')
root.mkdirs()
def requests = new File(basedir, 'requests.log')
requests.text = ''
def expected = 'Basic ' + 'mesh-deployer:s3cret-for-tests'.bytes.encodeBase64().toString()

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.executor = Executors.newCachedThreadPool { Runnable task -> def t = new Thread(task); t.daemon = true; t }
server.createContext('/', { HttpExchange exchange ->
    int status
    byte[] body = new byte[0]
    try {
        def path = URLDecoder.decode(exchange.requestURI.path, 'UTF-8')
        def file = new File(root, path).canonicalFile
        if (exchange.requestHeaders.getFirst('Authorization') != expected) {
            exchange.responseHeaders.add('WWW-Authenticate', 'Basic realm="mesh"')
            status = 401
        } else if (!file.path.startsWith(root.canonicalPath)) {
            status = 403
        } else if (exchange.requestMethod == 'PUT') {
            file.parentFile.mkdirs()
            file.bytes = exchange.requestBody.bytes
            status = 201
        } else if (exchange.requestMethod in ['GET', 'HEAD'] && file.isFile()) {
            body = exchange.requestMethod == 'GET' ? file.bytes : new byte[0]
            status = 200
        } else {
            status = 404
        }
        synchronized (requests) {
            requests << "${exchange.requestMethod} ${path} ${status}\n"
        }
        if (exchange.requestMethod == 'HEAD' && status == 200) {
            exchange.sendResponseHeaders(status, -1)
        } else {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length)
            if (body.length > 0) {
                exchange.responseBody.write(body)
            }
        }
    } finally {
        exchange.close()
    }
} as HttpHandler)
server.start()
System.properties.put('mesh.it.httpRepository', server)

def url = "http://localhost:${server.address.port}/maven2"
['producer', 'consumer'].each {
    def pom = new File(basedir, "$it/pom.xml")
    pom.text = pom.text.replace('@httpRepositoryUrl@', url)
}
println "Maven repository over HTTP at $url"
return true
