// Shared by the invoker tests that need history: turns the test's folder into a real git repository with two
// commits, the mesh as released (mesh/) and then the test's change (change/ copied over mesh/), committed with the
// message the calling prebuild.groovy sets as changeMessage.
// Author, committer and dates are fixed so the repository is the same on every run.
def env = ['GIT_AUTHOR_NAME=Mesh IT', 'GIT_AUTHOR_EMAIL=it@example.com', 'GIT_COMMITTER_NAME=Mesh IT',
           'GIT_COMMITTER_EMAIL=it@example.com', 'GIT_CONFIG_NOSYSTEM=1', "HOME=${basedir}",
           "PATH=${System.getenv('PATH')}"]

def git(List<String> env, String... args) {
    def process = (['git'] + args.toList()).execute(env, basedir)
    def output = new StringBuilder()
    process.consumeProcessOutput(output, output)
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed: ${output}"
}

def commit(List<String> env, String date, String message) {
    git(env + ["GIT_AUTHOR_DATE=${date}", "GIT_COMMITTER_DATE=${date}"], 'add', '-A', 'mesh')
    git(env + ["GIT_AUTHOR_DATE=${date}", "GIT_COMMITTER_DATE=${date}"], 'commit', '-q', '--no-gpg-sign', '-m', message)
}

git(env, 'init', '-q', '-b', 'main')
commit(env, '2026-01-01T10:00:00Z', 'Order lines 2.3.0')
new File(basedir, 'change').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def target = new File(basedir, 'mesh/' + (file.path - new File(basedir, 'change').path).substring(1))
    target.text = file.text
}
commit(env, '2026-01-02T10:00:00Z', changeMessage)
return true
