// Two catalogs no plugin should trust, laid out in the repository as if deployed (with their checksums): one
// that is not JSON at all, one of a catalog format newer than this plugin reads.
import java.security.MessageDigest

// What an earlier run left in the tests' shared local repository would be used instead of the repository under
// test: this test's meshes must come from there.
new File(localRepositoryPath, 'it/federation/file').deleteDir()

def repository = new File(basedir, 'repository/it/federation/file')
def deploy = { String artifact, String content ->
    def folder = new File(repository, "$artifact/1.0")
    folder.mkdirs()
    def file = new File(folder, "$artifact-1.0-mesh-catalog.json")
    file.text = content
    new File(folder, file.name + '.sha1').text = MessageDigest.getInstance('SHA-1').digest(file.bytes).encodeHex().toString()
}
deploy('corrupt-mesh', '{"formatVersion": "1", "products": [ <html>')
deploy('newer-mesh', '{"formatVersion": "99", "domains": [], "teams": [], "products": [], "contracts": [], "meshGraph": {}}')
return true
