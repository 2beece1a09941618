"""Realistic Tencent Cloud error catalogs, and the same catalog written three ways.

Codes are shaped like the real ones: `Category.Detail` with the real categories, long
CamelCase details, digits, all-caps and lower-case segments, the odd underscore or
third segment, and common codes that a service re-lists in its own words. Everything is
drawn from a seeded generator, so the output is the same on every run.
"""

import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CATEGORIES = [
    # (category, weight): the generic ones dominate real catalogs.
    ("InvalidParameterValue", 20), ("InvalidParameter", 14), ("FailedOperation", 16),
    ("ResourceNotFound", 8), ("UnsupportedOperation", 8), ("LimitExceeded", 6),
    ("OperationDenied", 4), ("ResourceUnavailable", 4), ("ResourceInsufficient", 3),
    ("InternalError", 5), ("UnauthorizedOperation", 3), ("MissingParameter", 2),
    ("ResourceInUse", 2), ("AuthFailure", 1), ("ResourcesSoldOut", 1),
    ("RequestLimitExceeded", 1), ("InvalidDisk", 1), ("InvalidInstance", 1),
    ("InvalidAccount", 1), ("InvalidSnapshot", 1), ("InvalidFilter", 1),
]
WORDS = """Instance Disk Snapshot Image Vpc Subnet SecurityGroup Cluster Node Pool Bucket Object
Topic Queue Subscription Consumer Producer Partition Replica Backup Policy Role User Account
Member Organization Tag Label Region Zone Domain Certificate Listener LoadBalancer Rule Route
Table Database Schema Column Index Task Job Workflow Template Version Release Config Parameter
Quota Balance Order Resource Group Permission Key Secret Token Session Request Response Status
Type Name Id Size Count Length Format Value Range Period Time Date Expire Duration Limit Number
Charge Pay Renew Refund Trade Deal Price Invoice Address Port Protocol Network Bandwidth Traffic
Storage Volume Mount Attach Detach Create Delete Modify Describe Query Start Stop Reboot Upgrade
Downgrade Migrate Restore Sync Async Audit Log Event Alarm Monitor Metric Dashboard Report
Invalid Illegal Exist Exists NotExist NotFound Already Conflict Busy Locked Occupied Running
Stopped Pending Failed Error Mismatch NotMatch NotSupport NotSupported Unsupported Exceeded
Insufficient Malformed Empty Duplicate Repeat Too Many Long Short Large Small Wrong Forbidden
Denied Closed Isolated Offline Unavailable Deploy Service Function Trigger Namespace Layer Alias
Endpoint Gateway Peer Connection Tunnel Vpn Dns Record Zone Cdn Origin Cache Purge Prefetch""".split()
ACRONYMS = ["VPC", "CVM", "CBS", "CAM", "ES", "COS", "CLB", "TKE", "SSL", "IP", "API", "UIN",
            "DB", "MQ", "VPN", "CDN", "HTTP", "ID", "SQL", "KMS"]
LOWER = ["cmq", "ckafka", "cos", "vpc", "cvm", "tdmq", "scf", "es", "redis", "mongodb"]
DIGITS = ["2", "3", "4", "6", "8", "10", "32", "64", "100", "1024"]
SENTENCE = """the request the instance the resource this operation the parameter the current
account the specified value the cluster the disk the quota cannot be is not has been was
does not exist already exists exceeds the limit is invalid is in use failed please check try
again later contact customer service for help in the console of the region for this type
in the current state before you retry the operation after the task completes""".split()
CHINESE = """实例 云盘 快照 镜像 网络 子网 安全组 集群 节点 存储桶 对象 主题 队列 订阅 消费者 分区
副本 备份 策略 角色 用户 账号 成员 组织 标签 地域 可用区 域名 证书 监听器 负载均衡 规则 路由 数据库
任务 模板 版本 配置 参数 配额 余额 订单 资源 权限 密钥 令牌 会话 请求 状态 类型 名称 大小 数量 长度
格式 取值 范围 周期 时间 不存在 已存在 冲突 正忙 已锁定 运行中 已停止 失败 错误 不匹配 不支持 超过限制
不足 非法 为空 重复 过多 过长 禁止 拒绝 已关闭 已隔离 已下线 不可用 当前 指定 操作 无法 请检查 请稍后重试
请联系客服 在控制台 该 此 已 未 被 的 与 或""".split()


def common_codes():
    """The common codes, read from the runtime where they are declared once."""
    text = (REPO / "runtime/src/common.rs").read_text()
    block = text.split("$crate::__private::tc_errors_impl!", 1)[1].split("}", 1)[0]
    return re.findall(r'"([^"]+)" => "((?:[^"\\]|\\.)*)"', block)


def message(desc):
    """The text a strum `message` carries: the English when there is one, else the
    Chinese (what `description()` gives)."""
    if isinstance(desc, str):
        return desc
    english, chinese = desc
    return english if english is not None else chinese


def variant_name(code):
    """The macro's naming rule: drop the dots, upper-case each segment's first letter."""
    return "".join(seg[:1].upper() + seg[1:] for seg in code.split("."))


def _word(rng):
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(ACRONYMS)
    if roll < 0.14:
        return rng.choice(WORDS) + rng.choice(DIGITS)
    return rng.choice(WORDS)


def _detail(rng):
    words = rng.choices([1, 2, 3, 4, 5, 6], weights=[10, 25, 25, 20, 12, 8])[0]
    detail = "".join(_word(rng) for _ in range(words))
    roll = rng.random()
    if roll < 0.02:
        return detail + "_" + _word(rng)
    if roll < 0.04:
        return rng.choice(LOWER)
    if roll < 0.12:
        return detail + "." + _word(rng)
    return detail


def _description(rng):
    words = rng.randint(4, 40)
    text = " ".join(rng.choice(SENTENCE) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _chinese(rng):
    return "".join(rng.choice(CHINESE) for _ in range(rng.randint(3, 20))) + "。"


def _texts(rng):
    """Tencent's data: every code has a Chinese text, about 60% also an English one."""
    english = _description(rng) if rng.random() < 0.6 else None
    return (english, _chinese(rng))


def _code(rng):
    categories, weights = zip(*CATEGORIES)
    return rng.choices(categories, weights=weights)[0] + "." + _detail(rng)


def catalog(seed, size, relisted=0, exclude=(), chinese=False):
    """`size` distinct entries (code, description): `relisted` of them are common codes
    with the service's own wording, the rest generated. Variant names are distinct too,
    and no code is in `exclude`. With `chinese`, a description is `(english or None,
    chinese)` instead of an English string."""
    rng = random.Random(seed)
    describe = _texts if chinese else _description
    common = [code for code, _ in common_codes()]
    entries = [(code, describe(rng)) for code in rng.sample(common, relisted)]
    taken = {code for code, _ in entries} | set(common) | set(exclude)
    names = {variant_name(code) for code in taken}
    while len(entries) < size:
        code = _code(rng)
        if code in taken or variant_name(code) in names:
            continue
        taken.add(code)
        names.add(variant_name(code))
        entries.append((code, describe(rng)))
    rng.shuffle(entries)
    return entries


def misses(seed, count, entries):
    """`count` codes a catalog with `entries` does not declare: half newly generated,
    half a declared code with a detail Tencent might add tomorrow."""
    rng = random.Random(seed)
    declared = {code for code, _ in entries}
    fresh = [code for code, _ in catalog(seed, count - count // 2, exclude=declared)]
    grown = [code + ".Brand" + _word(rng) for code, _ in rng.sample(entries, count // 2)]
    return fresh + grown


def rust_str(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tc_enum(name, entries, krate="tc", use_common=False):
    lines = [f"{krate}::tc_errors! {{", f"    /// Generated catalog `{name}`.",
             f"    pub enum {name} {{"]
    if use_common:
        lines.append("        use common;")
    lines += [f"        {rust_str(code)} => {tc_texts(desc)}," for code, desc in entries]
    lines += ["    }", "}", ""]
    return "\n".join(lines)


def tc_texts(desc):
    """The right-hand side of an entry: `"English"`, `"English" / "中文"` or `_ / "中文"`."""
    if isinstance(desc, str):
        return rust_str(desc)
    english, chinese = desc
    return f"{rust_str(english) if english is not None else '_'} / {rust_str(chinese)}"


def strum_enum(name, entries, names=None):
    """The same catalog as a hand-written enum with strum derives; `names` maps a code
    to the variant name its `#[name(…)]` gives."""
    names = names or {}
    lines = [
        f"/// Generated catalog `{name}`.",
        "#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug,",
        "    strum::EnumString, strum::IntoStaticStr, strum::EnumMessage, strum::EnumIter)]",
        "#[allow(non_camel_case_types)]",
        f"pub enum {name} {{",
    ]
    for code, desc in entries:
        texts = [desc] if isinstance(desc, str) else [t for t in desc if t is not None]
        # Both texts travel as in the tc enum: the description as `message`, the
        # Chinese as `detailed_message`, and every text in the docs.
        detailed = "" if isinstance(desc, str) else f", detailed_message = {rust_str(desc[1])}"
        lines += [f"    #[doc = {rust_str(text)}]" for text in texts]
        lines += [f"    #[strum(serialize = {rust_str(code)}, message = {rust_str(message(desc))}{detailed})]",
                  f"    {names.get(code) or variant_name(code)},"]
    lines += ["}", ""]
    return "\n".join(lines)


def phf_map(name, enum, entries):
    lines = [f"/// `{enum}` by code, as a `phf::Map`.",
             f"pub static {name}: phf::Map<&'static str, {enum}> = phf::phf_map! {{"]
    lines += [f"    {rust_str(code)} => {enum}::{variant_name(code)}," for code, _ in entries]
    lines += ["};", ""]
    return "\n".join(lines)


def str_list(name, codes, doc):
    lines = [f"/// {doc}", f"pub const {name}: &[&str] = &["]
    lines += [f"    {rust_str(code)}," for code in codes]
    lines += ["];", ""]
    return "\n".join(lines)
