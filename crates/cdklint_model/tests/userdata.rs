//! User data as shell text: every way a CDK app assembles it gives the same lines, in the order
//! the instance runs them, with the source range of each and the parts the file does not show.

use cdklint_model::userdata::{LineKind, Origin, Shebang};
use cdklint_model::{Grammar, Model, parse::parse};

/// `(origin, shebang, lines as "kind: text")` of every script of a file.
type Summary = Vec<(Origin, Shebang, Vec<String>)>;

fn scripts(grammar: Grammar, src: &str) -> Summary {
    let tree = parse(grammar, src, None).expect("parses");
    let model = Model::build(&tree, src, grammar, "lib/app");
    model
        .user_data()
        .scripts
        .iter()
        .map(|s| {
            let lines = s
                .lines
                .iter()
                .map(|l| {
                    let kind = match l.kind {
                        LineKind::Command => "cmd",
                        LineKind::HeredocBody => "body",
                        LineKind::Comment => "comment",
                        LineKind::Unknown => "unknown",
                        LineKind::FromFile => "file",
                    };
                    format!("{kind}: {}", l.text)
                })
                .collect();
            (s.origin, s.shebang.clone(), lines)
        })
        .collect()
}

fn bash() -> Shebang {
    Shebang::Known("#!/bin/bash".into())
}

fn lines(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn add_commands_on_a_bound_for_linux_in_both_languages() {
    let ts = r##"
import * as ec2 from 'aws-cdk-lib/aws-ec2';
const ud = ec2.UserData.forLinux();
ud.addCommands('yum install -y httpd', `mount -t efs ${fs.fileSystemId}:/ /mnt/efs`);
ud.addCommands(...['set -e', 'systemctl start httpd']);
new ec2.Instance(this, 'I', { userData: ud, vpc, instanceType, machineImage });
"##;
    let py = r##"
from aws_cdk import aws_ec2 as ec2
ud = ec2.UserData.for_linux()
ud.add_commands("yum install -y httpd", f"mount -t efs {fs.file_system_id}:/ /mnt/efs")
cmds = ["set -e", "systemctl start httpd"]
ud.add_commands(*cmds)
ec2.Instance(self, "I", user_data=ud, vpc=vpc, instance_type=t, machine_image=m)
"##;
    let want = vec![(
        Origin::ForLinux,
        bash(),
        lines(&[
            "cmd: yum install -y httpd",
            "cmd: mount -t efs ${…}:/ /mnt/efs",
            "cmd: set -e",
            "cmd: systemctl start httpd",
        ]),
    )];
    assert_eq!(scripts(Grammar::TypeScript, ts), want);
    assert_eq!(scripts(Grammar::Python, py), want);
}

#[test]
fn custom_text_with_shebang_heredoc_and_escapes() {
    let ts = r##"
import * as ec2 from 'aws-cdk-lib/aws-ec2';
const script = `#!/bin/bash -xe
yum install -y nginx
cat > /usr/share/nginx/html/health <<'EOF'
ok
EOF
systemctl start nginx`;
const ud = ec2.UserData.custom(script);
const ud2 = ec2.UserData.custom('#!/bin/bash\nmount -a \\\n  -t efs');
"##;
    assert_eq!(
        scripts(Grammar::TypeScript, ts),
        vec![
            (
                Origin::Custom,
                Shebang::Known("#!/bin/bash -xe".into()),
                lines(&[
                    "comment: #!/bin/bash -xe",
                    "cmd: yum install -y nginx",
                    "cmd: cat > /usr/share/nginx/html/health <<'EOF'",
                    "body: ok",
                    "body: EOF",
                    "cmd: systemctl start nginx",
                ])
            ),
            (
                Origin::Custom,
                bash(),
                lines(&["comment: #!/bin/bash", "cmd: mount -a    -t efs"])
            ),
        ]
    );
}

#[test]
fn python_concatenations_joins_and_f_strings() {
    let py = r##"
from aws_cdk import aws_ec2 as ec2
ud = ec2.UserData.custom("\n".join([
    "#!/bin/bash",
    "yum install -y " "nginx",
    "mount " + fs_id + ":/ /mnt",
]))
"##;
    assert_eq!(
        scripts(Grammar::Python, py),
        vec![(
            Origin::Custom,
            bash(),
            lines(&[
                "comment: #!/bin/bash",
                "cmd: yum install -y nginx",
                "cmd: mount ${…}:/ /mnt",
            ])
        )]
    );
}

#[test]
fn default_user_data_of_instances_and_groups() {
    let ts = r##"
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
const instance = new ec2.Instance(this, 'I', { vpc, instanceType, machineImage });
instance.userData.addCommands('mount -a');
const asg = new autoscaling.AutoScalingGroup(this, 'G', { vpc, instanceType, machineImage });
asg.addUserData('yum install -y nginx', 'amazon-linux-extras install -y nginx1');
"##;
    assert_eq!(
        scripts(Grammar::TypeScript, ts),
        vec![
            (Origin::ConstructDefault, bash(), lines(&["cmd: mount -a"])),
            (
                Origin::ConstructDefault,
                bash(),
                lines(&[
                    "cmd: yum install -y nginx",
                    "cmd: amazon-linux-extras install -y nginx1"
                ])
            ),
        ]
    );
    let py = r##"
from aws_cdk import aws_ec2 as ec2
self.instance = ec2.Instance(self, "I", vpc=vpc, instance_type=t, machine_image=m)
self.instance.user_data.add_commands("mount -a")
"##;
    assert_eq!(
        scripts(Grammar::Python, py),
        vec![(Origin::ConstructDefault, bash(), lines(&["cmd: mount -a"]))]
    );
}

#[test]
fn shebang_option_and_a_shebang_passed_as_a_command() {
    let ts = r##"
import * as ec2 from 'aws-cdk-lib/aws-ec2';
const a = ec2.UserData.forLinux({ shebang: '#!/bin/bash -e' });
const b = ec2.UserData.forLinux();
b.addCommands('#!/bin/bash -e', 'mount -a');
const c = ec2.UserData.forLinux({ shebang: props.shebang });
"##;
    assert_eq!(
        scripts(Grammar::TypeScript, ts),
        vec![
            (
                Origin::ForLinux,
                Shebang::Known("#!/bin/bash -e".into()),
                vec![]
            ),
            (
                Origin::ForLinux,
                bash(),
                lines(&["comment: #!/bin/bash -e", "cmd: mount -a"])
            ),
            (Origin::ForLinux, Shebang::Unknown, vec![]),
        ]
    );
}

#[test]
fn files_and_unknown_parts_are_marked_in_place() {
    let ts = r##"
import * as fs from 'fs';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
const a = ec2.UserData.custom(fs.readFileSync('./user-data.sh', 'utf8'));
const b = ec2.UserData.forLinux();
b.addCommands('echo start', setupCommands(), 'mount -a');
props.userData.addCommands('mount -a');
"##;
    let got = scripts(Grammar::TypeScript, ts);
    assert_eq!(
        got,
        vec![
            (Origin::Custom, Shebang::Unknown, lines(&["file: "])),
            (
                Origin::ForLinux,
                bash(),
                lines(&["cmd: echo start", "unknown: ", "cmd: mount -a"])
            ),
            (
                Origin::Received,
                Shebang::Unknown,
                lines(&["cmd: mount -a"])
            ),
        ]
    );
    let py = r##"
from aws_cdk import aws_ec2 as ec2
with open("./user_data/user_data.sh") as f:
    user_data = f.read()
ec2.Instance(self, "I", user_data=ec2.UserData.custom(user_data))
"##;
    assert_eq!(
        scripts(Grammar::Python, py),
        vec![(Origin::Custom, Shebang::Unknown, lines(&["file: "]))]
    );
}

#[test]
fn l1_user_data_text_through_base64() {
    let ts = r##"
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
new ec2.CfnInstance(this, 'I', { userData: cdk.Fn.base64('#!/bin/bash\nmount -a') });
const ud = ec2.UserData.forLinux();
ud.addCommands('mount -a || exit 1');
new ec2.CfnLaunchTemplate(this, 'T', { launchTemplateData: { userData: cdk.Fn.base64(ud.render()) } });
"##;
    assert_eq!(
        scripts(Grammar::TypeScript, ts),
        vec![
            (
                Origin::ForLinux,
                bash(),
                lines(&["cmd: mount -a || exit 1"])
            ),
            (
                Origin::Cfn,
                bash(),
                lines(&["comment: #!/bin/bash", "cmd: mount -a"])
            ),
        ]
    );
}

#[test]
fn lines_know_where_they_are_written() {
    let src = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst ud = ec2.UserData.custom(`#!/bin/bash\nyum install -y nginx\nmount -a`);\n";
    let tree = parse(Grammar::TypeScript, src, None).unwrap();
    let model = Model::build(&tree, src, Grammar::TypeScript, "lib/app.ts");
    let script = &model.user_data().scripts[0];
    let texts: Vec<&str> = script.lines.iter().map(|l| &src[l.range.clone()]).collect();
    assert_eq!(texts, ["#!/bin/bash", "yum install -y nginx", "mount -a"]);
    // Every line comes from the one template literal.
    assert!(
        script
            .lines
            .iter()
            .all(|l| l.node.kind() == "template_string")
    );
    assert_eq!(model.user_data().lines_in(script.lines[2].node).len(), 3);
}

#[test]
fn a_local_class_named_user_data_is_not_user_data() {
    let ts = r##"
import * as cdk from 'aws-cdk-lib';
class UserData { static forLinux() { return new UserData(); } addCommands(..._: string[]) {} }
const ud = UserData.forLinux();
"##;
    assert_eq!(scripts(Grammar::TypeScript, ts), vec![]);
    let windows = r##"
import * as ec2 from 'aws-cdk-lib/aws-ec2';
const ud = ec2.UserData.forWindows();
ud.addCommands('Mount-DiskImage -ImagePath x');
"##;
    assert_eq!(
        scripts(Grammar::TypeScript, windows),
        vec![(
            Origin::Windows,
            Shebang::Unknown,
            lines(&["cmd: Mount-DiskImage -ImagePath x"])
        )]
    );
}

#[test]
fn a_line_built_from_a_constant_is_placed_where_it_is_built() {
    let src = "from aws_cdk import aws_ec2 as ec2\nUSER = \"admin\"\nud = ec2.UserData.for_linux()\nud.add_commands(\"sed -i 's=NAME=\" + USER + \"=g' /etc/app.conf\")\n";
    let tree = parse(Grammar::Python, src, None).unwrap();
    let model = Model::build(&tree, src, Grammar::Python, "app.py");
    let line = &model.user_data().scripts[0].lines[0];
    assert_eq!(line.text, "sed -i 's=NAME=admin=g' /etc/app.conf");
    assert_eq!(
        &src[line.range.clone()],
        "sed -i 's=NAME=\" + USER + \"=g' /etc/app.conf"
    );
}

#[test]
fn a_list_the_file_grows_is_not_read_as_its_literal() {
    let ts = r##"
import * as ec2 from 'aws-cdk-lib/aws-ec2';
const cmds: string[] = ['yum install -y httpd'];
if (props.efs) { cmds.push('mount -a'); }
const ud = ec2.UserData.forLinux();
ud.addCommands(...cmds);
"##;
    assert_eq!(
        scripts(Grammar::TypeScript, ts),
        vec![(Origin::ForLinux, bash(), lines(&["unknown: "]))]
    );
}

#[test]
fn a_group_launched_from_a_template_runs_user_data_the_call_does_not_show() {
    let ts = r##"
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
const asg = new autoscaling.AutoScalingGroup(this, 'G', { vpc, launchTemplate: template });
asg.addUserData('mount -a');
"##;
    assert_eq!(
        scripts(Grammar::TypeScript, ts),
        vec![(
            Origin::Received,
            Shebang::Unknown,
            lines(&["cmd: mount -a"])
        )]
    );
}
