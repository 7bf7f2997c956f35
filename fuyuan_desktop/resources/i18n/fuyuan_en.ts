<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountsBox</name>
    <message>
        <source>账户</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>上次登录（北京时间）</source>
        <translation>Last login (Beijing time)</translation>
    </message>
    <message>
        <source>添加账户(&amp;U)…</source>
        <translation>Add acco&amp;unt…</translation>
    </message>
    <message>
        <source>停用…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>启用…</source>
        <translation>Enable…</translation>
    </message>
    <message>
        <source>切换账户…</source>
        <translation>Switch account…</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>暂时锁定（至 {time}）</source>
        <translation>Locked (until {time})</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>从未登录</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>已重新启用账户：{name}（请把新密码告诉本人）</source>
        <translation>Account enabled again: {name} (give the new password to its owner in person)</translation>
    </message>
    <message>
        <source>已添加账户：{name}（{role}）</source>
        <translation>Account added: {name} ({role})</translation>
    </message>
    <message>
        <source>停用账户</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>停用账户「{name}」？
其密钥副本随即删除，此后不能再用它登录；由其经手的案件和记录保持不变。以后可由管理员重新启用并设置新密码。</source>
        <translation>Disable the account &quot;{name}&quot;?
Its copy of the key is deleted at once and it can no longer log in; the cases and records it handled stay as they are. An administrator can enable it again later with a new password.</translation>
    </message>
    <message>
        <source>停用(&amp;D)</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>已停用账户：{name}（其密钥副本已删除）</source>
        <translation>Account disabled: {name} (its copy of the key was deleted)</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>添加账户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>启用账户</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>重新启用账户「{name}」：设置新密码（至少 8 个字符），再告诉本人；旧密码已不能使用。</source>
        <translation>Enable the account “{name}” again: set a new password (at least 8 characters) and give it to its owner; the old password no longer works.</translation>
    </message>
    <message>
        <source>新账户用自己的密码登录本机；密码至少 8 个字符，不要与他人共用。</source>
        <translation>The new account logs in on this computer with its own password: at least 8 characters, not shared with anyone.</translation>
    </message>
    <message>
        <source>账户名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>角色(&amp;R)：</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>再输一次(&amp;A)：</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>添加(&amp;D)</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>启用(&amp;E)</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddMediatorDialog</name>
    <message>
        <source>添加调解员</source>
        <translation>Add mediator</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>类别(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>所属调解组织</source>
        <translation>Mediation organisation</translation>
    </message>
    <message>
        <source>从调解组织名录中选择</source>
        <translation>Choose from the register of mediation organisations</translation>
    </message>
    <message>
        <source>登记调解组织(&amp;G)…</source>
        <translation>Re&amp;gister an organisation…</translation>
    </message>
    <message>
        <source>调解组织(&amp;O)</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>加入名册(&amp;S)</source>
        <translation>Add to &amp;roster</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddOrganisationDialog</name>
    <message>
        <source>登记调解组织</source>
        <translation>Register a mediation organisation</translation>
    </message>
    <message>
        <source>登记全称，如 松原市宁江区伯都乡人民调解委员会</source>
        <translation>Registered full name, e.g. 松原市宁江区伯都乡人民调解委员会</translation>
    </message>
    <message>
        <source>地名库中的地点，如 伯都乡（可空）</source>
        <translation>A place from the gazetteer, e.g. 伯都乡 (optional)</translation>
    </message>
    <message>
        <source>列入本院特邀调解组织名册(&amp;I)</source>
        <translation>L&amp;ist among this court&apos;s invited mediation organisations</translation>
    </message>
    <message>
        <source>全称(&amp;N)</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>地点(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>文书按登记全称打印，不再由地点推出。</source>
        <translation>Papers print the registered full name; it is no longer derived from the place.</translation>
    </message>
    <message>
        <source>登记(&amp;S)</source>
        <translation>Regi&amp;ster</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddPlaceDialog</name>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (subdistrict)</translation>
    </message>
    <message>
        <source>园区</source>
        <translation>Industrial park</translation>
    </message>
    <message>
        <source>添加地点</source>
        <translation>Add place</translation>
    </message>
    <message>
        <source>地名库（统计用区划代码）中没有的地点，在此登记后即可在登记案件时选用。添加记入审计日志，并随同步交中院。</source>
        <translation>Places missing from the gazetteer (statistical division codes) can be added here and then chosen when registering cases. The addition is audited and synced to the intermediate court.</translation>
    </message>
    <message>
        <source>所属乡镇、县区或园区，输入几个字或拼音首字母</source>
        <translation>Township, county/district or park it belongs to: type a few characters or pinyin initials</translation>
    </message>
    <message>
        <source>其他叫法，用顿号分隔</source>
        <translation>Other names, separated by 、</translation>
    </message>
    <message>
        <source>依据，如 区政府文件文号</source>
        <translation>Basis, e.g. the district government&apos;s document number</translation>
    </message>
    <message>
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>级别(&amp;L)</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>上级(&amp;P)</source>
        <translation>&amp;Parent</translation>
    </message>
    <message>
        <source>别名(&amp;A)</source>
        <translation>&amp;Aliases</translation>
    </message>
    <message>
        <source>依据(&amp;B)</source>
        <translation>&amp;Basis</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AgreementComposer</name>
    <message>
        <source>协议类型(&amp;K)</source>
        <translation>&amp;Kind of agreement</translation>
    </message>
    <message>
        <source>含司法确认条款(&amp;I)</source>
        <translation>&amp;Include judicial confirmation clause</translation>
    </message>
    <message>
        <source>纠纷主要事实、争议事项(&amp;E)</source>
        <translation>Main facts and issu&amp;es in dispute</translation>
    </message>
    <message>
        <source>各方责任（可空）(&amp;Z)</source>
        <translation>Responsi&amp;bility of each party (optional)</translation>
    </message>
    <message>
        <source>协议条款</source>
        <translation>Agreement terms</translation>
    </message>
    <message>
        <source>添加条款(&amp;A)</source>
        <translation>&amp;Add term</translation>
    </message>
    <message>
        <source>删除条款(&amp;R)</source>
        <translation>&amp;Remove term</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>上移（Ctrl+↑）</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>下移（Ctrl+↓）</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>常用范本(&amp;T)</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <source>插入(&amp;N)</source>
        <translation>I&amp;nsert</translation>
    </message>
    <message>
        <source>条款列表</source>
        <translation>List of terms</translation>
    </message>
    <message>
        <source>义务人(&amp;O)</source>
        <translation>&amp;Obligor</translation>
    </message>
    <message>
        <source>金额（元）(&amp;M)</source>
        <translation>A&amp;mount (yuan)</translation>
    </message>
    <message>
        <source>可空，如 12000 或 860.50</source>
        <translation>Optional, e.g. 12000 or 860.50</translation>
    </message>
    <message>
        <source>协议内容(&amp;H)</source>
        <translation>W&amp;hat is agreed</translation>
    </message>
    <message>
        <source>履行方式(&amp;Y)</source>
        <translation>Wa&amp;y of performance</translation>
    </message>
    <message>
        <source>履行期限(&amp;Q)</source>
        <translation>Performance &amp;deadline</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>违约责任（可空）(&amp;W)</source>
        <translation>&amp;Liability for breach (optional)</translation>
    </message>
    <message>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>定稿前须补全的事项</source>
        <translation>To be completed before finalizing</translation>
    </message>
    <message>
        <source>按“预览”查看将要打印的协议书（与打印件完全一致）。</source>
        <translation>Press “Preview” to see the agreement exactly as it will be printed.</translation>
    </message>
    <message>
        <source>保存草稿(&amp;S)</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>定稿(&amp;F)…</source>
        <translation>&amp;Finalize…</translation>
    </message>
    <message>
        <source>创建更正版本(&amp;C)</source>
        <translation>&amp;Create corrected version</translation>
    </message>
    <message>
        <source>份数(&amp;U)</source>
        <translation>N&amp;umber of copies</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>有改动尚未保存（{at} 已自动留存草稿）</source>
        <translation>Unsaved changes (draft kept automatically at {at})</translation>
    </message>
    <message>
        <source>自动留存草稿失败：{reason}；文字仍在本页，请尽快保存</source>
        <translation>Could not keep the draft automatically: {reason}; the text is still on this page, please save soon</translation>
    </message>
    <message>
        <source>条款类型</source>
        <translation>Clause type</translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>（不能司法确认）</source>
        <translation>(cannot be judicially confirmed)</translation>
    </message>
    <message>
        <source>第 {v} 版协议的</source>
        <translation>version {v} of the agreement</translation>
    </message>
    <message>
        <source>新协议</source>
        <translation>new agreement</translation>
    </message>
    <message>
        <source>请先选择恢复或放弃自动保存的草稿</source>
        <translation>First choose whether to restore or discard the automatically saved draft</translation>
    </message>
    <message>
        <source>已恢复草稿，尚未保存（Ctrl+S 保存）</source>
        <translation>Draft restored, not saved yet (Ctrl+S saves)</translation>
    </message>
    <message>
        <source>已放弃草稿</source>
        <translation>Draft discarded</translation>
    </message>
    <message>
        <source>&lt;b&gt;新协议&lt;/b&gt;（尚未保存）</source>
        <translation>&lt;b&gt;New agreement&lt;/b&gt; (not saved yet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;第 {n} 版 · 草稿&lt;/b&gt;</source>
        <translation>&lt;b&gt;Version {n} · draft&lt;/b&gt;</translation>
    </message>
    <message>
        <source>（更正版本）</source>
        <translation> (correction)</translation>
    </message>
    <message>
        <source>&lt;b&gt;第 {n} 版 · {status}&lt;/b&gt;&#x3000;内容已锁定，如需修改请“创建更正版本”</source>
        <translation>&lt;b&gt;Version {n} · {status}&lt;/b&gt;  Content is locked; to change it, use “Create correction”</translation>
    </message>
    <message>
        <source>有改动尚未保存</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日前</source>
        <translation>by {y}-{m}-{d}</translation>
    </message>
    <message>
        <source>期限未定</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>方式未定</source>
        <translation>method not set</translation>
    </message>
    <message>
        <source>✓ 已定稿，内容不可更改</source>
        <translation>✓ Finalized; the content cannot be changed</translation>
    </message>
    <message>
        <source>定稿前须补全（{n} 项）</source>
        <translation>To complete before finalizing ({n})</translation>
    </message>
    <message>
        <source>✓ 内容完整，可以定稿</source>
        <translation>✓ Complete, ready to finalize</translation>
    </message>
    <message>
        <source>草稿已保存 {t}</source>
        <translation>Draft saved {t}</translation>
    </message>
    <message>
        <source>协议还不完整，不能定稿：</source>
        <translation>The agreement is incomplete and cannot be finalized:</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <source>定稿后第 {n} 版协议不能再修改，只能创建更正版本。
各方已核对无误，确认定稿吗？</source>
        <translation>Once finalized, version {n} of the agreement cannot be changed; only a correction can be made.
Have all parties checked it? Finalize now?</translation>
    </message>
    <message>
        <source>已定稿 {t}</source>
        <translation>Finalized {t}</translation>
    </message>
    <message>
        <source>已创建更正版本草稿；定稿后原版本即被取代</source>
        <translation>Correction draft created; the original is superseded once it is finalized</translation>
    </message>
    <message>
        <source>正在生成协议书…</source>
        <translation>Generating the agreement…</translation>
    </message>
    <message>
        <source>打印为 PDF（本机没有打印机）</source>
        <translation>Print to PDF (no printer on this computer)</translation>
    </message>
    <message>
        <source>已保存为 PDF：{path}</source>
        <translation>Saved as PDF: {path}</translation>
    </message>
    <message>
        <source>已送打印机 {name}，{n} 份</source>
        <translation>Sent to printer {name}, {n} copies</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>增补案由</source>
        <translation>Add a cause</translation>
    </message>
    <message>
        <source>更正案由名称</source>
        <translation>Correct a cause name</translation>
    </message>
    <message>
        <source>停用案由</source>
        <translation>Retire a cause</translation>
    </message>
    <message>
        <source>目录(&amp;C)</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>上级代码(&amp;P)</source>
        <translation>&amp;Parent code</translation>
    </message>
    <message>
        <source>代码(&amp;D)</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <source>原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>可不填：上级代码加下一个序号</source>
        <translation>Optional: parent code plus the next number</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>批准设备登记</source>
        <translation>Approve device enrollment</translation>
    </message>
    <message>
        <source>申请文件：</source>
        <translation>Request file:</translation>
    </message>
    <message>
        <source>设备：</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>如 https://10.22.1.5:8443（可不填，只用 U 盘）</source>
        <translation>e.g. https://10.22.1.5:8443 (optional: USB only)</translation>
    </message>
    <message>
        <source>所属法院/法庭(&amp;S)：</source>
        <translation>Court/tribunal (&amp;S):</translation>
    </message>
    <message>
        <source>中院端网络地址(&amp;U)：</source>
        <translation>Hub network address (&amp;U):</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>添加附件(&amp;A)…</source>
        <translation>&amp;Add attachments…</translation>
    </message>
    <message>
        <source>也可以把照片、扫描件直接拖到下方。</source>
        <translation>You can also drag photos and scans straight into the list below.</translation>
    </message>
    <message>
        <source>附件（双击打开）</source>
        <translation>Attachments (double-click to open)</translation>
    </message>
    <message>
        <source>共 {n} 个附件</source>
        <translation>{n} attachments</translation>
    </message>
    <message>
        <source>还没有附件</source>
        <translation>No attachments yet</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>已添加 {n} 个附件；共 {total} 个</source>
        <translation>Added {n} attachments; {total} in all</translation>
    </message>
    <message>
        <source>正在添加 {n} 个文件…</source>
        <translation>Adding {n} files…</translation>
    </message>
    <message>
        <source>正在添加附件…</source>
        <translation>Adding attachments…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>{year}年{month}月：{days} 天有调解，共 {sessions} 场（不含已取消）</source>
        <translation>{month}/{year}: sessions on {days} days, {sessions} in all (cancelled ones not counted)</translation>
    </message>
    <message>
        <source>{day}的调解安排</source>
        <translation>Sessions on {day}</translation>
    </message>
    <message>
        <source>M月d日</source>
        <comment>date format of a week&apos;s first and last day</comment>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>{first}至{last}的调解安排</source>
        <translation>Sessions {first} – {last}</translation>
    </message>
    <message numerus="yes">
        <source>（%n 场）</source>
        <translation>
            <numerusform> (%n session)</numerusform>
            <numerusform> (%n sessions)</numerusform>
        </translation>
    </message>
    <message>
        <source>没有调解安排</source>
        <translation>No sessions</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>当日(&amp;D)</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>本周(&amp;W)</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>回到今天(&amp;T)</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>着色的日期有调解安排；双击场次或按回车打开案件。</source>
        <translation>Tinted dates have sessions; double-click a session or press Enter to open its case.</translation>
    </message>
    <message>
        <source>调解场次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>← 返回案件列表(&amp;B)</source>
        <translation>← &amp;Back to case list</translation>
    </message>
    <message>
        <source>返回案件列表（Esc）</source>
        <translation>Back to the case list (Esc)</translation>
    </message>
    <message>
        <source>&amp;1 概况</source>
        <translation>&amp;1 Overview</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>法庭</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>纠纷地点</source>
        <translation>Place of dispute</translation>
    </message>
    <message>
        <source>修改地点(&amp;L)…</source>
        <translation>Change p&amp;lace…</translation>
    </message>
    <message>
        <source>更正纠纷地点（尚未进行的调解随之改到新地点；修改记入审计日志）</source>
        <translation>Correct the place of the dispute (sessions still to come move with it; the change is audited)</translation>
    </message>
    <message>
        <source>来源 / 方式</source>
        <translation>Source / method</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>争议金额</source>
        <translation>Amount in dispute</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>增加、撤换或替换本案的调解员（修改记入审计日志）</source>
        <translation>Add, remove or replace this case&apos;s mediators (the change is audited)</translation>
    </message>
    <message>
        <source>调解结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>纠纷概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>纠纷概要与请求</source>
        <translation>Summary and requests</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>&amp;2 当事人</source>
        <translation>&amp;2 Parties</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>编辑当事人(&amp;E)…</source>
        <translation>&amp;Edit party…</translation>
    </message>
    <message>
        <source>更正所选当事人的姓名、身份证号码、电话、住址（修改记入审计日志）</source>
        <translation>Correct the selected party&apos;s name, ID number, phone or address (the change is audited)</translation>
    </message>
    <message>
        <source>显示完整信息(&amp;U)</source>
        <translation>Show f&amp;ull details</translation>
    </message>
    <message>
        <source>身份证号、电话默认遮蔽；显示完整信息会记入审计日志。</source>
        <translation>ID numbers and phone numbers are masked by default; showing full details is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;3 调解记录</source>
        <translation>&amp;3 Sessions</translation>
    </message>
    <message>
        <source>调解场次（双击打开笔录）</source>
        <translation>Sessions (double-click to open the record)</translation>
    </message>
    <message>
        <source>安排调解(&amp;S)…</source>
        <translation>&amp;Schedule session…</translation>
    </message>
    <message>
        <source>打开笔录(&amp;O)</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>标记已进行(&amp;H)</source>
        <translation>Mark as &amp;held</translation>
    </message>
    <message>
        <source>改期(&amp;P)…</source>
        <translation>Resc&amp;hedule…</translation>
    </message>
    <message>
        <source>改动所选调解的时间或地点（尚无笔录的调解才能改期）</source>
        <translation>Change the time or place of the selected session (only sessions without a record)</translation>
    </message>
    <message>
        <source>取消调解(&amp;X)…</source>
        <translation>Cancel session (&amp;X)…</translation>
    </message>
    <message>
        <source>取消所选的、尚未进行的调解（保留记录，标为“已取消”）</source>
        <translation>Cancel the selected session that has not taken place (kept, marked “Cancelled”)</translation>
    </message>
    <message>
        <source>&amp;4 协议</source>
        <translation>&amp;4 Agreement</translation>
    </message>
    <message>
        <source>&amp;5 文书</source>
        <translation>&amp;5 Documents</translation>
    </message>
    <message>
        <source>文书种类(&amp;K)</source>
        <translation>Document &amp;kind</translation>
    </message>
    <message>
        <source>打印到文件(&amp;P)…</source>
        <translation>&amp;Print to file…</translation>
    </message>
    <message>
        <source>已存档的文书（双击预览）(&amp;A)</source>
        <translation>&amp;Archived documents (double-click to preview)</translation>
    </message>
    <message>
        <source>&amp;6 附件</source>
        <translation>&amp;6 Attachments</translation>
    </message>
    <message>
        <source>&amp;7 日志</source>
        <translation>&amp;7 Log</translation>
    </message>
    <message>
        <source>本案审计日志</source>
        <translation>Audit log of this case</translation>
    </message>
    <message>
        <source>本案的每一次改动都记在防篡改的审计链中（谁、何时、改了什么）。</source>
        <translation>Every change to this case is recorded in the tamper-evident audit chain (who, when and what was changed).</translation>
    </message>
    <message>
        <source>指派调解员(&amp;A)…</source>
        <translation>&amp;Assign mediator…</translation>
    </message>
    <message>
        <source>开始调解(&amp;M)</source>
        <translation>Start &amp;mediation</translation>
    </message>
    <message>
        <source>达成调解协议(&amp;G)…</source>
        <translation>A&amp;greement reached…</translation>
    </message>
    <message>
        <source>转入履行回访(&amp;H)</source>
        <translation>Move to follow-&amp;up</translation>
    </message>
    <message>
        <source>结案(&amp;C)…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <source>调解终结(&amp;T)…</source>
        <translation>&amp;Terminate…</translation>
    </message>
    <message>
        <source>转立案(&amp;K)…</source>
        <translation>Doc&amp;ket…</translation>
    </message>
    <message>
        <source>退回(&amp;R)…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>调解员指派</source>
        <translation>Mediator assignment</translation>
    </message>
    <message>
        <source>调解场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>笔录版本</source>
        <translation>Record version</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>调解协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>协议条款</source>
        <translation>Agreement clause</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>送达记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>司法确认申请</source>
        <translation>Judicial confirmation application</translation>
    </message>
    <message>
        <source>调解协议书</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>调解协议书（人民调解 / 诉前委派 / 行政争议和解，随协议类型）</source>
        <translation>Mediation agreement (people&apos;s mediation / pre-litigation referral / administrative settlement, by agreement kind)</translation>
    </message>
    <message>
        <source>一份调解协议（草稿打印带“草稿”水印）</source>
        <translation>an agreement (a draft prints with a “DRAFT” watermark)</translation>
    </message>
    <message>
        <source>调解笔录</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <source>调解笔录（按次打印，--version 为第几次调解）</source>
        <translation>Mediation record (printed per session)</translation>
    </message>
    <message>
        <source>一次已保存笔录的调解；笔录再次保存后旧纸本核验为“已被取代”</source>
        <translation>a session with a saved record; once the record is saved again, the old paper verifies as “superseded”</translation>
    </message>
    <message>
        <source>诉前调解通知书</source>
        <translation>Pre-litigation mediation notice</translation>
    </message>
    <message>
        <source>诉前调解通知书（每位当事人一页）</source>
        <translation>Pre-litigation mediation notice (one page per party)</translation>
    </message>
    <message>
        <source>当事人；有已排期的调解时印出时间地点，否则留空</source>
        <translation>parties; the time and place are printed when a session is scheduled, otherwise left blank</translation>
    </message>
    <message>
        <source>诉前调解告知书</source>
        <translation>Notice of rights in pre-litigation mediation</translation>
    </message>
    <message>
        <source>诉前调解告知书（当事人权利义务，每案一份）</source>
        <translation>Notice of rights in pre-litigation mediation (the parties&apos; rights and duties, one per case)</translation>
    </message>
    <message>
        <source>当事人；按案件类型（人民调解 / 诉前委派 / 行政争议）印出各自的告知事项</source>
        <translation>Parties; the notices printed follow the kind of case (people&apos;s mediation / court-entrusted / administrative)</translation>
    </message>
    <message>
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <source>送达回证（每位当事人一页；--for 指定已打印的文书则为该文书的送达回证）</source>
        <translation>Proof of service (one page per party; with --for a printed paper, the proof of serving that paper)</translation>
    </message>
    <message>
        <source>当事人；送达某份文书的：该文书已打印（现行版本）</source>
        <translation>Parties; to serve a particular paper: that paper printed (the version in force)</translation>
    </message>
    <message>
        <source>送达地址确认书</source>
        <translation>Service address confirmation</translation>
    </message>
    <message>
        <source>送达地址确认书（每位当事人一页）</source>
        <translation>Service address confirmation (one page per party)</translation>
    </message>
    <message>
        <source>司法确认申请书</source>
        <translation>Application for judicial confirmation</translation>
    </message>
    <message>
        <source>司法确认申请书（各方当事人共同申请）</source>
        <translation>Application for judicial confirmation (joint application of all parties)</translation>
    </message>
    <message>
        <source>一份已定稿的调解协议；婚姻家庭等身份关系纠纷不能申请</source>
        <translation>a finalized agreement; disputes over personal status such as marriage and family cannot apply</translation>
    </message>
    <message>
        <source>司法建议书</source>
        <translation>Judicial recommendation</translation>
    </message>
    <message>
        <source>司法建议书（--version 为本案第几份）</source>
        <translation>Judicial recommendation (one per version)</translation>
    </message>
    <message>
        <source>一份司法建议（fuyuan recommendation draft）</source>
        <translation>a judicial recommendation drafted for this case</translation>
    </message>
    <message>
        <source>卷宗封面及卷宗目录</source>
        <translation>File cover and index</translation>
    </message>
    <message>
        <source>卷宗封面及卷宗目录（含封底）</source>
        <translation>File cover and index (with back cover)</translation>
    </message>
    <message>
        <source>案件登记即可；目录列出本卷已有和尚缺的材料</source>
        <translation>only a registered case; the index lists the papers present and missing</translation>
    </message>
    <message>
        <source>直接</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>留置</source>
        <translation>Left at the address</translation>
    </message>
    <message>
        <source>电子</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>邮寄</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>委托</source>
        <translation>Through another court</translation>
    </message>
    <message>
        <source>转交</source>
        <translation>Handed over by an agency</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间（北京时间）</source>
        <translation>Time (Beijing time)</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>改动</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>系统（随{by}的操作自动）</source>
        <translation>System (automatic, after {by}&apos;s action)</translation>
    </message>
    <message>
        <source>系统（自动）</source>
        <translation>System (automatic)</translation>
    </message>
    <message>
        <source>履行与回访(&amp;V)…</source>
        <translation>Performance and &amp;visits…</translation>
    </message>
    <message>
        <source>司法确认(&amp;Q)…</source>
        <translation>Judicial confirmation (&amp;Q)…</translation>
    </message>
    <message>
        <source>法定代理人与代理权限(&amp;L)…</source>
        <translation>Guardians and agents&apos; aut&amp;hority…</translation>
    </message>
    <message>
        <source>（临时编号 {n}）</source>
        <translation> (provisional no. {n})</translation>
    </message>
    <message>
        <source>案由</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>（迁移时暂定，待复核）</source>
        <translation> (provisional from migration, to be reviewed)</translation>
    </message>
    <message>
        <source>；人民调解纠纷类型：{t}</source>
        <translation>; people&apos;s mediation type: {t}</translation>
    </message>
    <message>
        <source>尚未指派</source>
        <translation>Not assigned yet</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>更换调解员(&amp;J)…</source>
        <translation>Ad&amp;just mediators…</translation>
    </message>
    <message>
        <source>指派调解员(&amp;J)…</source>
        <translation>Ad&amp;just mediators…</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>

请求：{t}</source>
        <translation>

Claims: {t}</translation>
    </message>
    <message>
        <source>

被诉行政行为：{t}</source>
        <translation>

Administrative act in dispute: {t}</translation>
    </message>
    <message>
        <source>接受委派：{d}</source>
        <translation>Assignment accepted: {d}</translation>
    </message>
    <message>
        <source>已中止 {n} 天（恢复后顺延）</source>
        <translation>suspended for {n} days (extended on resumption)</translation>
    </message>
    <message>
        <source>已超期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>还剩 {n} 天</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>调解期限：{d}</source>
        <translation>Mediation deadline: {d}</translation>
    </message>
    <message>
        <source>已中止：自 {d} 起，{r}</source>
        <translation>Suspended since {d}: {r}</translation>
    </message>
    <message>
        <source>因中止已顺延 {n} 日</source>
        <translation>Extended by {n} days for suspensions</translation>
    </message>
    <message>
        <source>经各方同意已延长 {n} 日</source>
        <translation>Extended by {n} days with every party&apos;s consent</translation>
    </message>
    <message>
        <source>调解期限自调解员接受委派起算（{n} 日）</source>
        <translation>The mediation period ({n} days) starts when the mediator accepts the assignment</translation>
    </message>
    <message>
        <source>{kind}：{d}（{status}）</source>
        <translation>{kind}: {d} ({status})</translation>
    </message>
    <message>
        <source>结束日期：{d}</source>
        <translation>Ended: {d}</translation>
    </message>
    <message>
        <source>恢复调解(&amp;Y)…</source>
        <translation>Res&amp;ume mediation…</translation>
    </message>
    <message>
        <source>中止调解(&amp;Z)…</source>
        <translation>Suspend mediation (&amp;Z)…</translation>
    </message>
    <message>
        <source>延长调解期限(&amp;I)…</source>
        <translation>Extend per&amp;iod…</translation>
    </message>
    <message>
        <source>本案已是终结状态。</source>
        <translation>This case is closed.</translation>
    </message>
    <message>
        <source>达成调解协议</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <source>通常在协议定稿时自动变为“已达成协议”。确认不经协议定稿直接变更吗？</source>
        <translation>The status normally becomes “Agreement reached” when the agreement is finalized. Change it now without a finalized agreement?</translation>
    </message>
    <message>
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>确认将本案改为“{s}”吗？</source>
        <translation>Change this case to “{s}”?</translation>
    </message>
    <message>
        <source>指派调解员（今天起算 {days} 日调解期限）</source>
        <translation>Assign mediators (the {days}-day mediation period starts today)</translation>
    </message>
    <message>
        <source>登记正式案号…</source>
        <translation>Record official number…</translation>
    </message>
    <message>
        <source>更正案号…</source>
        <translation>Correct number…</translation>
    </message>
    <message>
        <source>调解终结</source>
        <translation>Terminate mediation</translation>
    </message>
    <message>
        <source>调解结果：</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>隐藏完整信息(&amp;U)</source>
        <translation>Hide f&amp;ull details</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址/住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>代表人</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>第{n}版</source>
        <translation>v{n}</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>No record</translation>
    </message>
    <message>
        <source>{n} 字</source>
        <translation>{n} chars</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>笔录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>字数</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>调解改期</source>
        <translation>Reschedule session</translation>
    </message>
    <message>
        <source>取消调解</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>取消 {when} 的调解？
原因（可不填，记入本案日志）：</source>
        <translation>Cancel the session on {when}?
Reason (optional, written to the case log):</translation>
    </message>
    <message>
        <source>需要：{what}</source>
        <translation>Needs: {what}</translation>
    </message>
    <message>
        <source>（不勾选，送达时手填）</source>
        <translation>(no box ticked; fill in when serving)</translation>
    </message>
    <message>
        <source>送达的文书(&amp;D)</source>
        <translation>Paper serve&amp;d</translation>
    </message>
    <message>
        <source>受送达人(&amp;N)</source>
        <translation>Recipie&amp;nt</translation>
    </message>
    <message>
        <source>送达方式(&amp;W)</source>
        <translation>Ho&amp;w served</translation>
    </message>
    <message>
        <source>登记送达…</source>
        <translation>Record service…</translation>
    </message>
    <message>
        <source>（不指定：通用送达回证，文书名称按默认）</source>
        <translation>(none: the general proof of service, with the default list of papers)</translation>
    </message>
    <message>
        <source>{title}（第{v}版，验证码 {code}）</source>
        <translation>{title} (version {v}, verification code {code})</translation>
    </message>
    <message>
        <source>每位当事人（各一页）</source>
        <translation>Each party (one page each)</translation>
    </message>
    <message>
        <source>打印到文件</source>
        <translation>Print to file</translation>
    </message>
    <message>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>，验证码 {code}</source>
        <translation>, verification code {code}</translation>
    </message>
    <message>
        <source>（草稿）</source>
        <translation> (draft)</translation>
    </message>
    <message>
        <source>已生成第 {v} 版{code}，共 {n} 页：</source>
        <translation>Generated version {v}{code}, {n} pages: </translation>
    </message>
    <message>
        <source>未能生成：{e}</source>
        <translation>Could not generate: {e}</translation>
    </message>
    <message>
        <source>正在生成文书…</source>
        <translation>Generating the document…</translation>
    </message>
    <message>
        <source>已被取代</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>现行</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>验证码</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>生成时间（北京时间）</source>
        <translation>Generated (Beijing time)</translation>
    </message>
    <message>
        <source>送达</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>输入案号、当事人姓名、拼音首字母或地点查找案件</source>
        <translation>Type a case number, party name, pinyin initials or place to find a case</translation>
    </message>
    <message>
        <source>找到的案件</source>
        <translation>Cases found</translation>
    </message>
    <message>
        <source>{number}（{status}，{day} 登记）</source>
        <translation>{number} ({status}, registered {day})</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>案由</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>法庭</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation>Mediation due</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>搜索：姓名、身份证号（或末4位）、电话、案号、地点、拼音首字母（如 zs）</source>
        <translation>Search: name, ID number (or its last 4 digits), phone, case number, place, pinyin initials (e.g. zs)</translation>
    </message>
    <message>
        <source>搜索案件</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>登记新案件(&amp;N)</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>状态(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>类型(&amp;T)</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>法庭(&amp;B)</source>
        <translation>Tri&amp;bunal</translation>
    </message>
    <message>
        <source>地点(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>调解员(&amp;M)</source>
        <translation>&amp;Mediator</translation>
    </message>
    <message>
        <source>登记期间(&amp;D)</source>
        <translation>Registere&amp;d</translation>
    </message>
    <message>
        <source>只看超期(&amp;O)</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>近 30 天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>近 90 天</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>近一年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>全部（输入名称或拼音首字母）</source>
        <translation>All (type a name or pinyin initials)</translation>
    </message>
    <message>
        <source>案由(&amp;Y)</source>
        <translation>Cause (&amp;Y)</translation>
    </message>
    <message>
        <source>正在检索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>检索到 {total} 件（按匹配程度排序）</source>
        <translation>{total} found (best match first)</translation>
    </message>
    <message>
        <source>共 {total} 件</source>
        <translation>{total} cases</translation>
    </message>
    <message>
        <source>检索出错：{error}</source>
        <translation>Search failed: {error}</translation>
    </message>
</context>
<context>
    <name>CatalogueAmendmentsBox</name>
    <message>
        <source>案由目录的修订（管理员）</source>
        <translation>Amendments to the cause catalogues (administrator)</translation>
    </message>
    <message>
        <source>在随程序发布的案由目录上增补、更名或停用案由。停用的案由不能再用于新案件，已登记的案件保留并标注“已停用”。中院端的修订随回执下发到各设备。</source>
        <translation>Add, rename or retire causes on top of the catalogues shipped with the program. A retired cause can no longer be chosen for new cases; registered cases keep it, marked “retired”. Amendments made at the intermediate court reach every device with its next receipt.</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>修订</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>修订人</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>增补案由…</source>
        <translation>Add a cause…</translation>
    </message>
    <message>
        <source>更名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>停用…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>从表格导入…</source>
        <translation>Import from spreadsheet…</translation>
    </message>
    <message>
        <source>导出为表格…</source>
        <translation>Export as spreadsheet…</translation>
    </message>
    <message>
        <source>未导入（整份文件未改动）：
{problems}</source>
        <translation>Not imported (nothing from the file was applied):
{problems}</translation>
    </message>
    <message>
        <source>已导入 {name}：{n} 条修订，{same} 行已生效。</source>
        <translation>Imported {name}: {n} amendments; {same} rows were already in force.</translation>
    </message>
    <message>
        <source>已导出 {n} 条到 {path}</source>
        <translation>Exported {n} amendments to {path}</translation>
    </message>
    <message>
        <source>导入案由目录修订</source>
        <translation>Import catalogue amendments</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>导出案由目录修订</source>
        <translation>Export catalogue amendments</translation>
    </message>
    <message>
        <source>案由目录修订.xlsx</source>
        <translation>cause-catalogue-amendments.xlsx</translation>
    </message>
</context>
<context>
    <name>CausePicker</name>
    <message>
        <source>输入汉字或拼音首字母（如 买卖、mmht）；↓ 列出本庭常用案由</source>
        <translation>Type characters or pinyin initials (e.g. 买卖, mmht); ↓ lists this tribunal&apos;s frequent causes</translation>
    </message>
    <message>
        <source>（本庭 {n} 件）</source>
        <translation> ({n} at this tribunal)</translation>
    </message>
    <message>
        <source>请从列表中选择一个案由</source>
        <translation>Please choose a cause from the list</translation>
    </message>
    <message>
        <source>《民事案件案由规定》（2020）或《行政案件案由暂行规定》（2020）</source>
        <translation>Provisions on Causes of Civil Cases (2020) or Interim Provisions on Causes of Administrative Cases (2020)</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>不能申请：</source>
        <translation>Cannot apply: </translation>
    </message>
    <message>
        <source>注意：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>司法确认申请：</source>
        <translation>Judicial confirmation application: </translation>
    </message>
    <message>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>登记申请（当事人共同向法院申请之日）</source>
        <translation>Record the application (the day the parties jointly applied to the court)</translation>
    </message>
    <message>
        <source>已立案的，填法院案号，如（2026）吉0702民特15号</source>
        <translation>If docketed, the court case number, e.g. （2026）吉0702民特15号</translation>
    </message>
    <message>
        <source>申请日(&amp;D)</source>
        <translation>Application &amp;date</translation>
    </message>
    <message>
        <source>法院案号(&amp;N)</source>
        <translation>Court case &amp;number</translation>
    </message>
    <message>
        <source>登记申请(&amp;A)</source>
        <translation>Record &amp;application</translation>
    </message>
    <message>
        <source>登记裁定</source>
        <translation>Record the ruling</translation>
    </message>
    <message>
        <source>确认有效、驳回须写明法院案号</source>
        <translation>Confirmed or dismissed rulings need the court case number</translation>
    </message>
    <message>
        <source>裁定日期</source>
        <translation>Ruling date</translation>
    </message>
    <message>
        <source>裁定结果(&amp;R)</source>
        <translation>&amp;Ruling</translation>
    </message>
    <message>
        <source>法院案号(&amp;U)</source>
        <translation>Co&amp;urt case number</translation>
    </message>
    <message>
        <source>登记裁定(&amp;S)</source>
        <translation>Record ruling (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>保留的值</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <source>落选的值</source>
        <translation>Losing value</translation>
    </message>
    <message>
        <source>落选方设备</source>
        <translation>Losing device</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>发现时间（北京时间）</source>
        <translation>Found (Beijing time)</translation>
    </message>
    <message>
        <source>两台设备从同一版本出发改了同一字段时，按修改时间戳（HLC）保留较晚的值，落选的值记在这里。可确认保留，或恢复落选的值（恢复也会同步到各设备）。定稿文书从不合并，另存为新版本。</source>
        <translation>When two devices changed the same field from the same version, the later change (by its HLC timestamp) is kept and the losing value is recorded here. Confirm the kept value, or restore the losing one (the restore syncs to every device too). Final documents never merge: a second version is kept.</translation>
    </message>
    <message>
        <source>确认保留(&amp;K)</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>恢复落选值(&amp;V)</source>
        <translation>Restore losing &amp;value</translation>
    </message>
    <message>
        <source>没有待复核的冲突。</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <source>请先在列表中选一条冲突。</source>
        <translation>Select a conflict in the list first.</translation>
    </message>
    <message>
        <source>冲突已处理：{status}。</source>
        <translation>Conflict handled: {status}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>读取工作台数据时出错：{error}。按 F5 重试。</source>
        <translation>Could not read the dashboard: {error}. Press F5 to try again.</translation>
    </message>
    <message>
        <source>今天没有调解安排</source>
        <translation>No mediation sessions today</translation>
    </message>
    <message>
        <source>期限提醒（{days} 日内到期及已超期）</source>
        <translation>Deadlines (due within {days} days, and overdue)</translation>
    </message>
    <message>
        <source>近 {days} 日调解安排</source>
        <translation>Sessions in the next {days} days</translation>
    </message>
    <message>
        <source>未来 {days} 日没有调解安排</source>
        <translation>No sessions in the next {days} days</translation>
    </message>
    <message>
        <source>共 {total} 项，只列出最早的 {shown} 项</source>
        <translation>{total} items; only the earliest {shown} are listed</translation>
    </message>
    <message>
        <source>超过调解期限的案件：{count} 件&#x3000;→ 查看</source>
        <translation>Cases past their mediation deadline: {count}  → show</translation>
    </message>
    <message>
        <source>没有超过调解期限的案件</source>
        <translation>No case is past its mediation deadline</translation>
    </message>
    <message>
        <source>今日调解 &lt;b&gt;{today}&lt;/b&gt; 场&#x3000;·&#x3000;近 {days} 日安排 &lt;b&gt;{upcoming}&lt;/b&gt; 场&#x3000;·&#x3000;{due_days} 日内到期 &lt;b&gt;{due}&lt;/b&gt; 项&#x3000;·&#x3000;已超期 &lt;b&gt;{overdue}&lt;/b&gt; 项&#x3000;·&#x3000;其中回访 &lt;b&gt;{follow_ups}&lt;/b&gt; 项</source>
        <translation>Sessions today &lt;b&gt;{today}&lt;/b&gt;  ·  next {days} days &lt;b&gt;{upcoming}&lt;/b&gt;  ·  due within {due_days} days &lt;b&gt;{due}&lt;/b&gt;  ·  overdue &lt;b&gt;{overdue}&lt;/b&gt;  ·  of which follow-ups &lt;b&gt;{follow_ups}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>（推定）</source>
        <translation>(assumed)</translation>
    </message>
    <message>
        <source>该年的国务院放假安排尚未导入：期限按周末和通常的法定节日推算，导入后自动改正</source>
        <translation>The State Council holiday schedule for that year is not imported yet: deadlines are counted from weekends and the usual public holidays and corrected once it is imported</translation>
    </message>
    <message>
        <source>{days} 日内没有到期事项</source>
        <translation>Nothing falls due within {days} days</translation>
    </message>
    <message>
        <source>类案预警：同一案由的纠纷在同一乡镇（园区）或涉同一行政机关，{months} 个月内达到 {n} 件；以及负责人多次未出庭、司法建议反馈、联席会议事项</source>
        <translation>Similar-case warning: {n} disputes of one cause of action in one township (park) or against one agency within {months} months; also repeated non-appearance of agency heads, recommendation replies and joint-meeting items</translation>
    </message>
    <message>
        <source>涉{agency}</source>
        <translation>against {agency}</translation>
    </message>
    <message>
        <source>回车或双击：在“案件”中列出这些案件</source>
        <translation>Enter or double-click: list these cases under “Cases”</translation>
    </message>
    <message>
        <source>暂无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>据此起草司法建议书</source>
        <translation>Draft a judicial recommendation from this</translation>
    </message>
    <message>
        <source>被建议单位全称：</source>
        <translation>Full name of the recipient:</translation>
    </message>
    <message>
        <source>未能起草：{error}</source>
        <translation>Could not draft: {error}</translation>
    </message>
    <message>
        <source>该类案已有司法建议书草稿（每个类案只保留一份）</source>
        <translation>This similar-case group already has a recommendation draft (one per group)</translation>
    </message>
    <message>
        <source>已起草司法建议书草稿（未编号，签发时编号）</source>
        <translation>Recommendation drafted (numbered when issued)</translation>
    </message>
    <message>
        <source>{lead}：关于{subject}的司法建议书，归入案件 {case}；在“府院联动 → 司法建议”中修改、签发、送达</source>
        <translation>{lead}: judicial recommendation on {subject}, filed under case {case}; edit, issue and serve it in “Court–government linkage → Judicial recommendations”</translation>
    </message>
    <message>
        <source>超期 {days} 天</source>
        <translation>{days} d overdue</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{days} 天</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation>Mediation period</translation>
    </message>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>重新读取今日安排和期限（F5）</source>
        <translation>Read today&apos;s sessions and deadlines again (F5)</translation>
    </message>
    <message>
        <source>今日调解</source>
        <translation>Today&apos;s sessions</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限提醒</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>What</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>在“案件”中列出全部超期案件</source>
        <translation>List every overdue case under “Cases”</translation>
    </message>
    <message>
        <source>类案预警和府院联动提示</source>
        <translation>Similar-case warnings and linkage reminders</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>据此起草司法建议书(&amp;D)…</source>
        <translation>&amp;Draft recommendation…</translation>
    </message>
    <message>
        <source>选中一条类案预警，按这组类案起草司法建议书</source>
        <translation>Select a similar-case warning to draft a judicial recommendation from that group of cases</translation>
    </message>
    <message>
        <source>类案预警</source>
        <translation>Similar-case warning</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>DisputePage</name>
    <message>
        <source>案由(&amp;T)</source>
        <translation>Cause (&amp;T)</translation>
    </message>
    <message>
        <source>案由和主要事实为必填；案由可输入汉字或拼音首字母后从列表中选择（↑↓、Enter）。行政争议另填争议的行政行为。多行文字中 Enter 换行，Ctrl+Enter 进入下一步。</source>
        <translation>Cause and main facts are required; type characters or pinyin initials for the cause and pick it from the list (↑↓, Enter). Administrative disputes also need the act in dispute. In multi-line text Enter starts a new line, Ctrl+Enter goes to the next step.</translation>
    </message>
    <message>
        <source>人民调解纠纷类型(&amp;Y)</source>
        <translation>People&apos;s mediation t&amp;ype</translation>
    </message>
    <message>
        <source>（按案由建议）</source>
        <translation>(suggested by the cause)</translation>
    </message>
    <message>
        <source>村（社区）、乡镇或园区：输入几个字或拼音首字母（如 bd）后从列表选择</source>
        <translation>Village (community), township or park: type a few characters or pinyin initials (e.g. bd) and pick from the list</translation>
    </message>
    <message>
        <source>添加地点…</source>
        <translation>Add place…</translation>
    </message>
    <message>
        <source>地名库中没有的地点，登记后再选（记入审计日志）</source>
        <translation>A place missing from the gazetteer: add it, then choose it (audited)</translation>
    </message>
    <message>
        <source>请从下方列表选择（↓ 进入列表，回车选定）；列表中没有的地点用“添加地点…”</source>
        <translation>Choose from the list below (↓ enters the list, Enter picks); use “Add place…” for a place not listed</translation>
    </message>
    <message>
        <source>案由（从列表中选择）</source>
        <translation>Cause (choose from the list)</translation>
    </message>
    <message>
        <source>纠纷主要事实</source>
        <translation>Main facts</translation>
    </message>
    <message>
        <source>还需填写：{fields}</source>
        <translation>Still to fill in: {fields}</translation>
    </message>
</context>
<context>
    <name>DocketDialog</name>
    <message>
        <source>转立案：记载无争议事实</source>
        <translation>Refer for filing: record the undisputed facts</translation>
    </message>
    <message>
        <source>调解不成转立案。经各方当事人同意，记载调解中各方均无争议的事实，每行一项；为达成协议作出妥协而认可的事实不要记入。</source>
        <translation>The mediation failed and the case goes to filing. With every party&apos;s consent, record the facts no party disputed in the mediation, one per line; leave out facts conceded only to reach a settlement.</translation>
    </message>
    <message>
        <source>如：申请人与被申请人系前后院邻居。</source>
        <translation>e.g. The applicant and the respondent are neighbours.</translation>
    </message>
    <message>
        <source>无争议事实(&amp;F)</source>
        <translation>Undisputed &amp;facts</translation>
    </message>
    <message>
        <source>各方当事人对事实均有争议，没有无争议事实(&amp;N)</source>
        <translation>The parties dispute every fact: &amp;no undisputed facts</translation>
    </message>
    <message>
        <source>转立案后打印无争议事实记载表，供各方签名(&amp;P)</source>
        <translation>&amp;Print the record of undisputed facts for the parties to sign</translation>
    </message>
    <message>
        <source>转立案(&amp;S)</source>
        <translation>Refer for filing (&amp;S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>恢复草稿(&amp;R)</source>
        <translation>&amp;Restore draft</translation>
    </message>
    <message>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>发现{when}自动保存的{what}草稿（未正式保存，可能因程序意外关闭或断电留下）。请选择恢复草稿继续编辑，或放弃草稿。</source>
        <translation>Found a draft of {what} saved automatically on {when} (never saved properly; probably left by a crash or power loss). Restore it to continue editing, or discard it.</translation>
    </message>
    <message>
        <source>%m月%d日 %H:%M:%S</source>
        <translation>%b %d %H:%M:%S</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>人民调解协议书</source>
        <translation>People&apos;s mediation agreement</translation>
    </message>
    <message>
        <source>诉前调解协议书（特邀/委派）</source>
        <translation>Pre-litigation mediation agreement (invited/entrusted)</translation>
    </message>
    <message>
        <source>行政争议和解协议书</source>
        <translation>Administrative dispute settlement agreement</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <source>已被更正版本取代</source>
        <translation>Superseded by a correction</translation>
    </message>
    <message>
        <source>土地承包经营权流转纠纷</source>
        <translation>Land contract transfer dispute</translation>
    </message>
    <message>
        <source>房屋征收拆迁补偿纠纷</source>
        <translation>Expropriation and demolition compensation dispute</translation>
    </message>
    <message>
        <source>劳动争议</source>
        <translation>Labour dispute</translation>
    </message>
    <message>
        <source>企业合同纠纷</source>
        <translation>Enterprise contract dispute</translation>
    </message>
    <message>
        <source>民间借贷纠纷</source>
        <translation>Private lending dispute</translation>
    </message>
    <message>
        <source>邻里纠纷</source>
        <translation>Neighbour dispute</translation>
    </message>
    <message>
        <source>婚姻家庭纠纷</source>
        <translation>Marriage and family dispute</translation>
    </message>
    <message>
        <source>人身损害赔偿纠纷</source>
        <translation>Personal injury compensation dispute</translation>
    </message>
    <message>
        <source>机动车交通事故责任纠纷</source>
        <translation>Motor vehicle traffic accident dispute</translation>
    </message>
    <message>
        <source>物业服务合同纠纷</source>
        <translation>Property service contract dispute</translation>
    </message>
    <message>
        <source>行政争议（行政处罚）</source>
        <translation>Administrative (penalty)</translation>
    </message>
    <message>
        <source>行政争议（征收补偿）</source>
        <translation>Administrative (expropriation compensation)</translation>
    </message>
    <message>
        <source>行政争议（行政协议）</source>
        <translation>Administrative (administrative agreement)</translation>
    </message>
    <message>
        <source>行政争议（行政许可）</source>
        <translation>Administrative (licensing)</translation>
    </message>
    <message>
        <source>行政争议（不履行法定职责）</source>
        <translation>Administrative (failure to perform duties)</translation>
    </message>
    <message>
        <source>行政争议（政府信息公开）</source>
        <translation>Administrative (government information disclosure)</translation>
    </message>
    <message>
        <source>行政争议（其他行政行为）</source>
        <translation>Administrative (other act)</translation>
    </message>
    <message>
        <source>其他民事纠纷</source>
        <translation>Other civil dispute</translation>
    </message>
    <message>
        <source>诉前委派</source>
        <translation>Court referral (pre-litigation)</translation>
    </message>
    <message>
        <source>当事人申请</source>
        <translation>Party application</translation>
    </message>
    <message>
        <source>信访转办</source>
        <translation>Petition transfer</translation>
    </message>
    <message>
        <source>行政机关移送</source>
        <translation>Referred by an agency</translation>
    </message>
    <message>
        <source>网格员上报</source>
        <translation>Reported by a grid worker</translation>
    </message>
    <message>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>已指派调解员</source>
        <translation>Mediator assigned</translation>
    </message>
    <message>
        <source>调解中</source>
        <translation>Mediating</translation>
    </message>
    <message>
        <source>已达成协议</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <source>履行回访中</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>调解终结</source>
        <translation>Mediation terminated</translation>
    </message>
    <message>
        <source>已转立案</source>
        <translation>Docketed</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>人民调解</source>
        <translation>People&apos;s mediation</translation>
    </message>
    <message>
        <source>行政调解</source>
        <translation>Administrative mediation</translation>
    </message>
    <message>
        <source>律师调解</source>
        <translation>Lawyer mediation</translation>
    </message>
    <message>
        <source>特邀调解</source>
        <translation>Invited mediation</translation>
    </message>
    <message>
        <source>法官主持调解</source>
        <translation>Judge-led mediation</translation>
    </message>
    <message>
        <source>达成调解协议</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <source>和解撤回</source>
        <translation>Settled and withdrawn</translation>
    </message>
    <message>
        <source>行政机关自行纠正</source>
        <translation>Corrected by the agency</translation>
    </message>
    <message>
        <source>调解不成</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <source>一方拒绝调解</source>
        <translation>A party refused mediation</translation>
    </message>
    <message>
        <source>当事人无法联系</source>
        <translation>Party unreachable</translation>
    </message>
    <message>
        <source>调解期满未延长</source>
        <translation>Period expired, not extended</translation>
    </message>
    <message>
        <source>一方拒绝签署协议</source>
        <translation>A party refused to sign</translation>
    </message>
    <message>
        <source>庭审</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>联席会议</source>
        <translation>Joint meeting</translation>
    </message>
    <message>
        <source>走访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>法官</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>书记员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>人民调解员</source>
        <translation>People&apos;s mediator</translation>
    </message>
    <message>
        <source>行政调解员</source>
        <translation>Administrative mediator</translation>
    </message>
    <message>
        <source>律师调解员</source>
        <translation>Lawyer mediator</translation>
    </message>
    <message>
        <source>特邀调解员</source>
        <translation>Invited mediator</translation>
    </message>
    <message>
        <source>行政机关负责人</source>
        <translation>Agency head</translation>
    </message>
    <message>
        <source>人大代表</source>
        <translation>NPC deputy</translation>
    </message>
    <message>
        <source>政协委员</source>
        <translation>CPPCC member</translation>
    </message>
    <message>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>法人或非法人组织</source>
        <translation>Legal person or other organization</translation>
    </message>
    <message>
        <source>行政机关</source>
        <translation>Administrative agency</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>第三人</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>全部履行</source>
        <translation>Fully performed</translation>
    </message>
    <message>
        <source>部分履行</source>
        <translation>Partly performed</translation>
    </message>
    <message>
        <source>未履行</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <source>村屯</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>产业园区</source>
        <translation>Industrial park</translation>
    </message>
    <message>
        <source>乡镇街道</source>
        <translation>Township/subdistrict</translation>
    </message>
    <message>
        <source>法院/法庭</source>
        <translation>Court/tribunal</translation>
    </message>
    <message>
        <source>已排期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>已进行</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>不可抗力</source>
        <translation>Force majeure</translation>
    </message>
    <message>
        <source>意外事件</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>需要履行他人不能代替的公务</source>
        <translation>Official duty no one else can perform</translation>
    </message>
    <message>
        <source>其他正当事由</source>
        <translation>Other legitimate reason</translation>
    </message>
    <message>
        <source>无正当理由</source>
        <translation>No legitimate reason</translation>
    </message>
    <message>
        <source>采纳</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>部分采纳</source>
        <translation>Partly adopted</translation>
    </message>
    <message>
        <source>未采纳</source>
        <translation>Not adopted</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>正职负责人</source>
        <translation>Chief official</translation>
    </message>
    <message>
        <source>副职负责人</source>
        <translation>Deputy official</translation>
    </message>
    <message>
        <source>分管负责人</source>
        <translation>Official in charge</translation>
    </message>
    <message>
        <source>仅工作人员</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <source>无人出庭</source>
        <translation>Nobody appeared</translation>
    </message>
    <message>
        <source>行政赔偿</source>
        <translation>Administrative compensation</translation>
    </message>
    <message>
        <source>行政补偿</source>
        <translation>Administrative indemnity</translation>
    </message>
    <message>
        <source>自由裁量权</source>
        <translation>Discretionary power</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>一审</source>
        <translation>First instance</translation>
    </message>
    <message>
        <source>二审</source>
        <translation>Second instance</translation>
    </message>
    <message>
        <source>再审</source>
        <translation>Retrial</translation>
    </message>
    <message>
        <source>法院移送</source>
        <translation>Court referral</translation>
    </message>
    <message>
        <source>复议机关移送</source>
        <translation>Referred by the reconsideration body</translation>
    </message>
    <message>
        <source>尚未起诉或申请复议</source>
        <translation>Not yet sued or applied for reconsideration</translation>
    </message>
    <message>
        <source>行政复议中</source>
        <translation>In administrative reconsideration</translation>
    </message>
    <message>
        <source>行政诉讼中</source>
        <translation>In administrative litigation</translation>
    </message>
    <message>
        <source>已申请</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>审查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>决定救助</source>
        <translation>Relief granted</translation>
    </message>
    <message>
        <source>不予救助</source>
        <translation>Relief refused</translation>
    </message>
    <message>
        <source>已发放</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>高风险</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>中风险</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>低风险</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>中心协调化解</source>
        <translation>Resolved by the centre</translation>
    </message>
    <message>
        <source>重大案件协调</source>
        <translation>Major case coordination</translation>
    </message>
    <message>
        <source>引导申请行政复议</source>
        <translation>Guided to administrative reconsideration</translation>
    </message>
    <message>
        <source>登记立案</source>
        <translation>Docketed</translation>
    </message>
    <message>
        <source>转信访渠道</source>
        <translation>Sent to the petition channel</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>创建中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已达标</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>案件状态已自动由「{old}」转为「{new}」（{trigger}）</source>
        <translation>Case status changed automatically from “{old}” to “{new}” ({trigger})</translation>
    </message>
    <message>
        <source>保存了第一份调解笔录</source>
        <translation>the first mediation record was saved</translation>
    </message>
    <message>
        <source>第 {n} 版调解协议定稿</source>
        <translation>version {n} of the agreement was finalized</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <source>出错了</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>程序遇到意外错误（{kind}）。已保存的内容不受影响；请把“详细信息”复制给技术人员。</source>
        <translation>The program hit an unexpected error ({kind}). Saved work is not affected; please copy the “Details” for the technical staff.</translation>
    </message>
    <message>
        <source>崩溃报告（不含个人信息）已保存：{path}</source>
        <translation>Crash report (no personal data) saved: {path}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>延长调解期限</source>
        <translation>Extend mediation period</translation>
    </message>
    <message>
        <source>现调解期限：</source>
        <translation>Current due date:</translation>
    </message>
    <message>
        <source>延长天数(&amp;N)</source>
        <translation>&amp;Number of days</translation>
    </message>
    <message>
        <source>延长后期限：</source>
        <translation>New due date:</translation>
    </message>
    <message>
        <source>已记录同意：</source>
        <translation>Consent recorded from:</translation>
    </message>
    <message>
        <source>延长调解期限须经全部当事人同意（代理人不计）；延长记入本案日志。</source>
        <translation>Extending the mediation period needs the consent of every party (agents do not count); the extension is written to the case log.</translation>
    </message>
    <message>
        <source>延长(&amp;S)</source>
        <translation>Exten&amp;d</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>位置：</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>文件名：</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>文件类型：</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>启用账户和加密</source>
        <translation>Set up accounts and encryption</translation>
    </message>
    <message>
        <source>为本机创建第一个管理员账户，并把案件库加密：已有的案件就地加密（先自动备份，原有备份也一并加密）。此后每次启动都要用账户登录。</source>
        <translation>Create the first administrator account on this computer and encrypt the case store: existing cases are encrypted in place (backed up first; existing backups are encrypted too). From then on every start needs an account login.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>加密(&amp;E)</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <source>已在新窗口中打开演示工作区（{folder}），其中生成 {count} 件虚构案件；本机的正式数据不受影响。</source>
        <translation>The demo workspace ({folder}) is open in a new window with {count} fictitious cases; this computer&apos;s real data is not affected.</translation>
    </message>
    <message>
        <source>无法启动演示工作区窗口。</source>
        <translation>Could not start the demo workspace window.</translation>
    </message>
    <message>
        <source>请选择法庭。</source>
        <translation>Please choose a tribunal.</translation>
    </message>
    <message>
        <source>请填写承办法官的姓名。</source>
        <translation>Please enter the judge&apos;s name.</translation>
    </message>
    <message>
        <source>正在加密案件库，请稍候…（案件多时需要几分钟，请勿关闭本机）</source>
        <translation>Encrypting the case store, please wait… (with many cases this takes a few minutes; do not switch the computer off)</translation>
    </message>
    <message>
        <source>加密未完成：{error}</source>
        <translation>Encryption did not finish: {error}</translation>
    </message>
    <message>
        <source>把恢复密钥另存为 PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <source>恢复密钥.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
    <message>
        <source>未能保存 PDF：{error}</source>
        <translation>Could not save the PDF: {error}</translation>
    </message>
    <message>
        <source>已保存：{path}。打印后请删除此文件，不要留在电脑上。</source>
        <translation>Saved: {path}. Delete this file after printing; do not leave it on the computer.</translation>
    </message>
    <message>
        <source>请输入恢复密钥的最后 4 个字符，确认您已保存它。</source>
        <translation>Enter the last 4 characters of the recovery key to confirm you have saved it.</translation>
    </message>
    <message>
        <source>暂不加密？</source>
        <translation>Not encrypt for now?</translation>
    </message>
    <message>
        <source>不设账户、不加密，案件库以明文保存：笔记本丢失或被借用时，当事人的身份证号、住址、电话都能被读取。

以后可在“设置”中随时启用账户和加密（已有案件就地加密）。在那之前，每次启动都会以红字提醒。</source>
        <translation>Without accounts or encryption the case store is kept in plain text: if the laptop is lost or borrowed, the parties&apos; ID numbers, addresses and phone numbers can be read.

You can set up accounts and encryption in Settings at any time (existing cases are encrypted in place). Until then, every start shows a red reminder.</translation>
    </message>
    <message>
        <source>暂不加密(&amp;N)</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <source>返回设置(&amp;B)</source>
        <translation>&amp;Back to setup</translation>
    </message>
    <message>
        <source>请先保存恢复密钥，并输入它的最后 4 个字符确认。</source>
        <translation>Save the recovery key first and enter its last 4 characters to confirm.</translation>
    </message>
    <message>
        <source>欢迎使用诉前调解工作台</source>
        <translation>Welcome to the pre-litigation mediation workbench</translation>
    </message>
    <message>
        <source>案件数(&amp;N)</source>
        <translation>&amp;Number of cases</translation>
    </message>
    <message>
        <source>试用：打开演示工作区（虚构数据，与正式数据分开）</source>
        <translation>Try it out: open the demo workspace (fictitious data, kept apart from real data)</translation>
    </message>
    <message>
        <source>本机还没有案件。请设置本机所属的法庭，并创建第一个管理员账户：案件库随即加密，笔记本丢失时当事人的身份证号、住址等不会被读取。也可以先打开演示工作区熟悉操作。</source>
        <translation>There are no cases on this computer yet. Set this computer&apos;s tribunal and create the first administrator account: the case store is then encrypted, so the parties&apos; ID numbers, addresses and so on cannot be read if the laptop is lost. You can also open the demo workspace first to get familiar.</translation>
    </message>
    <message>
        <source>打开演示工作区(&amp;G)</source>
        <translation>Open demo workspace (&amp;G)</translation>
    </message>
    <message>
        <source>本法庭</source>
        <translation>This tribunal</translation>
    </message>
    <message>
        <source>法院(&amp;C)</source>
        <translation>&amp;Court</translation>
    </message>
    <message>
        <source>法庭(&amp;T)</source>
        <translation>&amp;Tribunal</translation>
    </message>
    <message>
        <source>法官(&amp;J)</source>
        <translation>&amp;Judge</translation>
    </message>
    <message>
        <source>承办法官姓名</source>
        <translation>Name of the judge</translation>
    </message>
    <message>
        <source>书记员(&amp;K)</source>
        <translation>Cler&amp;k</translation>
    </message>
    <message>
        <source>书记员姓名（可不填）</source>
        <translation>Clerk&apos;s name (optional)</translation>
    </message>
    <message>
        <source>管理员账户和加密</source>
        <translation>Administrator account and encryption</translation>
    </message>
    <message>
        <source>账户名(&amp;A)</source>
        <translation>&amp;Account name</translation>
    </message>
    <message>
        <source>如：管理员、王法官</source>
        <translation>e.g. 管理员, 王法官</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>至少 8 个字符</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>再输一次(&amp;R)</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>案件库用此账户的密码加密（已有的数据就地加密，先自动备份）。随后显示一次恢复密钥。</source>
        <translation>The case store is encrypted with this account&apos;s password (existing data is encrypted in place, backed up first). A recovery key is then shown once.</translation>
    </message>
    <message>
        <source>案件库已加密，管理员账户已创建。下面是恢复密钥：忘记所有账户的密码时，只有凭它才能找回数据。它只显示这一次，程序不保存它。请另存为 PDF 打印，或工整抄下，锁进柜子。</source>
        <translation>The case store is encrypted and the administrator account created. Below is the recovery key: if every account&apos;s password is forgotten, only it can recover the data. It is shown only this once and the program does not keep it. Save it as PDF and print it, or copy it out neatly, and lock it away.</translation>
    </message>
    <message>
        <source>另存为 PDF 以便打印(&amp;S)…</source>
        <translation>&amp;Save as PDF for printing…</translation>
    </message>
    <message>
        <source>确认已保存：输入密钥的最后 4 个字符(&amp;K)</source>
        <translation>Confirm it is saved: last 4 characters of the &amp;key</translation>
    </message>
    <message>
        <source>暂不加密，以后再设(&amp;L)…</source>
        <translation>Not now, set up &amp;later…</translation>
    </message>
    <message>
        <source>加密并开始(&amp;E)</source>
        <translation>&amp;Encrypt and start</translation>
    </message>
    <message>
        <source>已保存密钥，继续(&amp;O)</source>
        <translation>Key saved, c&amp;ontinue</translation>
    </message>
</context>
<context>
    <name>HubListsPanel</name>
    <message>
        <source>这里导入的节假日安排、调解组织和法院名录随各设备的下一份回执下发。</source>
        <translation>Holiday schedules, mediation organisations and courts imported here reach every device with its next receipt.</translation>
    </message>
    <message>
        <source>下次回执将下发</source>
        <translation>Going out with the next receipts</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>待下发</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation>Holiday schedules</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>特邀</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>调解组织</source>
        <translation>Mediation organisation</translation>
    </message>
    <message>
        <source>法院代字</source>
        <translation>Court code</translation>
    </message>
    <message>
        <source>全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>法庭</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>法院和法庭</source>
        <translation>Courts and tribunals</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>节假日安排（年）</source>
        <translation>Holiday schedules (years)</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>未导入（中院端未改动）：</source>
        <translation>Not imported (nothing at the hub changed):</translation>
    </message>
    <message>
        <source>已导入 {years} 年的安排（{days} 天）。</source>
        <translation>Imported the schedule of {years} year(s) ({days} days).</translation>
    </message>
    <message>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <source>已导入 {name}：新增 {added} 行，修改 {updated} 行，{same} 行未变。</source>
        <translation>Imported {name}: {added} rows added, {updated} changed, {same} unchanged.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>节假日安排 (*.csv *.json)</source>
        <translation>Holiday schedules (*.csv *.json)</translation>
    </message>
    <message>
        <source>调解组织.xlsx</source>
        <translation>mediation-organisations.xlsx</translation>
    </message>
    <message>
        <source>法院名录.xlsx</source>
        <translation>courts.xlsx</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>法庭</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已收包序号</source>
        <translation>Last bundle no.</translation>
    </message>
    <message>
        <source>缺漏与说明</source>
        <translation>Gaps and notes</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>大小 (MB)</source>
        <translation>Size (MB)</translation>
    </message>
    <message>
        <source>数据包</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>核对码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>申请的法院/法庭</source>
        <translation>Court/tribunal asked</translation>
    </message>
    <message>
        <source>最近到达时间（北京时间）</source>
        <translation>Last arrival (Beijing time)</translation>
    </message>
    <message>
        <source>到达时间（北京时间）</source>
        <translation>Arrived (Beijing time)</translation>
    </message>
    <message>
        <source>收到时间（北京时间）</source>
        <translation>Received (Beijing time)</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;中院数据中心&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Intermediate court data centre&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>导入数据包(&amp;I)</source>
        <translation>&amp;Import bundles</translation>
    </message>
    <message>
        <source>设备(&amp;D)</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <source>已收数据包(&amp;B)</source>
        <translation>Received &amp;bundles</translation>
    </message>
    <message>
        <source>冲突复核(&amp;C)</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>隔离记录(&amp;Q)</source>
        <translation>&amp;Quarantine</translation>
    </message>
    <message>
        <source>全市参考数据（保存后随各设备的下一份回执下发；“本机”项只对中院端有效）</source>
        <translation>City-wide reference data (sent with each device&apos;s next receipt once saved; “This computer” items apply to the hub only)</translation>
    </message>
    <message>
        <source>参考数据(&amp;R)</source>
        <translation>&amp;Reference data</translation>
    </message>
    <message>
        <source>名录与日历(&amp;L)</source>
        <translation>&amp;Lists and calendar</translation>
    </message>
    <message>
        <source>各法庭带来的 U 盘插上后选“从 U 盘导入”，或选择数据包文件（.fyb，分卷 .fyb.002… 放在同一文件夹）。每个数据包单独导入：签名、登记、校验值或版本不符的整包拒收，中院库不变；同一数据包再导入一次不会重复写入。</source>
        <translation>Plug in the stick a tribunal brought and choose &quot;Import from USB stick&quot;, or choose bundle files (.fyb, with volumes .fyb.002… in the same folder). Each bundle is imported on its own: a bundle whose signature, enrollment, checksums or version do not match is refused whole and the hub database stays unchanged; importing the same bundle again writes nothing twice.</translation>
    </message>
    <message>
        <source>数据包来源</source>
        <translation>Where the bundles are</translation>
    </message>
    <message>
        <source>从 U 盘导入(&amp;U)</source>
        <translation>Import from &amp;USB stick</translation>
    </message>
    <message>
        <source>选择数据包文件(&amp;F)…</source>
        <translation>Choose bundle &amp;files…</translation>
    </message>
    <message>
        <source>移动磁盘：</source>
        <translation>Removable drive:</translation>
    </message>
    <message>
        <source>回执写回数据包所在的文件夹（U 盘带回法庭）(&amp;W)</source>
        <translation>&amp;Write receipts beside the bundles (the stick takes them back)</translation>
    </message>
    <message>
        <source>回执文件夹…</source>
        <translation>Receipts folder…</translation>
    </message>
    <message>
        <source>待批准的登记申请（经网络送达）</source>
        <translation>Enrollment requests waiting for approval (sent over the network)</translation>
    </message>
    <message>
        <source>批准所选(&amp;P)</source>
        <translation>A&amp;pprove selected</translation>
    </message>
    <message>
        <source>驳回所选(&amp;J)…</source>
        <translation>Re&amp;ject selected…</translation>
    </message>
    <message>
        <source>所属法院/法庭：</source>
        <translation>Court/tribunal:</translation>
    </message>
    <message>
        <source>已登记的设备：</source>
        <translation>Enrolled devices:</translation>
    </message>
    <message>
        <source>批准登记申请文件(&amp;A)…</source>
        <translation>&amp;Approve a request file…</translation>
    </message>
    <message>
        <source>停用所选设备(&amp;R)…</source>
        <translation>&amp;Revoke selected device…</translation>
    </message>
    <message>
        <source>中院保留收到的每一个数据包（加密原件），最近的在前。</source>
        <translation>The hub keeps every bundle it received (the encrypted original), newest first.</translation>
    </message>
    <message>
        <source>数据库：{backend} {store}&#x3000;·&#x3000;在用设备 {devices} 台，已停用 {revoked} 台&#x3000;·&#x3000;已收数据包 {bundles} 个{last}&#x3000;·&#x3000;待复核冲突 {conflicts} 条，隔离记录 {held} 条</source>
        <translation>Database: {backend} {store}  ·  {devices} devices in use, {revoked} revoked  ·  {bundles} bundles received{last}  ·  {conflicts} conflicts to review, {held} quarantined records</translation>
    </message>
    <message>
        <source>（最近 {at}）</source>
        <translation> (last {at})</translation>
    </message>
    <message>
        <source>有 {n} 台设备缺少更早的数据包（见“设备”页的缺漏说明）：回执已请这些设备重新发送。</source>
        <translation>{n} device(s) are missing earlier bundles (see the gap notes on the Devices tab): their receipts asked them to send again.</translation>
    </message>
    <message>
        <source>停用原因：{reason}</source>
        <translation>Revoked: {reason}</translation>
    </message>
    <message>
        <source>长时间没有数据包到达：请与该法庭联系</source>
        <translation>No bundle for a long time: contact this tribunal</translation>
    </message>
    <message>
        <source>登记后还没有数据包到达：请与该法庭联系</source>
        <translation>No bundle since enrollment: contact this tribunal</translation>
    </message>
    <message>
        <source>书记员读出的核对码与下表一致才批准。设备取回授权后会显示中院密钥码 {code}，请书记员与此核对。</source>
        <translation>Approve only when the code the clerk reads out matches the one below. After fetching its grant the device shows the hub key code {code}: have the clerk compare it.</translation>
    </message>
    <message>
        <source>（未发现 U 盘，可用“选择数据包文件”）</source>
        <translation>(no USB stick found: use &quot;Choose bundle files&quot;)</translation>
    </message>
    <message>
        <source>没有找到数据包文件（.fyb）。</source>
        <translation>No bundle files (.fyb) found.</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>已导入过</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>处理了 {n} 个数据包：导入 {applied} 个，已导入过 {already} 个，拒收 {refused} 个。</source>
        <translation>{n} bundles handled: {applied} imported, {already} already imported, {refused} refused.</translation>
    </message>
    <message>
        <source>已取消，其余 {n} 个未导入。</source>
        <translation> Cancelled: the other {n} were not imported.</translation>
    </message>
    <message>
        <source>正在导入数据包……</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <source>已批准设备 {tag} 的登记，授权文件写入 {path}：请交回该设备安装。</source>
        <translation>Enrollment of device {tag} approved; the grant was written to {path}: take it back to that device to install.</translation>
    </message>
    <message>
        <source>请先在列表中选一份申请。</source>
        <translation>Select a request in the list first.</translation>
    </message>
    <message>
        <source>已批准设备 {tag}（核对码 {code}）：该设备按“取回中院授权”即可安装。</source>
        <translation>Device {tag} approved (code {code}): it installs the grant with &quot;Fetch the hub&apos;s grant&quot;.</translation>
    </message>
    <message>
        <source>已驳回设备 {tag} 的申请；该设备取回授权时会看到原因。</source>
        <translation>The request of device {tag} was rejected; the device sees the reason when it asks.</translation>
    </message>
    <message>
        <source>请先在列表中选一台设备。</source>
        <translation>Select a device in the list first.</translation>
    </message>
    <message>
        <source>设备 {tag} 已停用：其数据包今后一律拒收，下一份回执会告知各设备。</source>
        <translation>Device {tag} revoked: its bundles are refused from now on, and the next receipts tell every device.</translation>
    </message>
    <message>
        <source>选择数据包</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <source>数据包 (*.fyb)</source>
        <translation>Bundles (*.fyb)</translation>
    </message>
    <message>
        <source>回执写入哪个文件夹</source>
        <translation>Folder for the receipts</translation>
    </message>
    <message>
        <source>选择设备的登记申请</source>
        <translation>Choose the device&apos;s enrollment request</translation>
    </message>
    <message>
        <source>保存授权文件</source>
        <translation>Save the grant</translation>
    </message>
    <message>
        <source>驳回登记申请</source>
        <translation>Reject enrollment request</translation>
    </message>
    <message>
        <source>驳回设备 {tag}（核对码 {code}）的申请。
原因（会向该设备的使用者显示）：</source>
        <translation>Reject the request of device {tag} (code {code}).
Reason (shown to the device&apos;s users):</translation>
    </message>
    <message>
        <source>停用设备</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <source>停用设备 {tag} 后，它的数据包一律拒收，设备收到回执后停止导出。
停用原因（会向该设备的使用者显示）：</source>
        <translation>Once device {tag} is revoked its bundles are refused, and it stops exporting when it gets a receipt.
Reason (shown to the device&apos;s users):</translation>
    </message>
</context>
<context>
    <name>IntakeDisputePage</name>
    <message>
        <source>纠纷信息</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>纠纷类型和主要事实为必填；行政争议另填争议的行政行为。多行文字中 Enter 换行，Ctrl+Enter 进入下一步。</source>
        <translation>The dispute category and main facts are required; for an administrative dispute also fill in the administrative act in dispute. In multi-line text, Enter starts a new line and Ctrl+Enter goes to the next step.</translation>
    </message>
    <message>
        <source>纠纷类型(&amp;T)</source>
        <translation>Dispute ca&amp;tegory</translation>
    </message>
    <message>
        <source>请选择纠纷类型</source>
        <translation>Choose the dispute category</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <source>争议的行政行为</source>
        <translation>Administrative act in dispute</translation>
    </message>
    <message>
        <source>行为名称(&amp;X)</source>
        <translation>Name of the a&amp;ct</translation>
    </message>
    <message>
        <source>如：行政处罚决定、房屋征收补偿决定</source>
        <translation>e.g. administrative penalty decision, housing expropriation compensation decision</translation>
    </message>
    <message>
        <source>文号(&amp;W)</source>
        <translation>&amp;Reference number</translation>
    </message>
    <message>
        <source>如：松宁自然资罚〔2026〕12号</source>
        <translation>e.g. 松宁自然资罚〔2026〕12号</translation>
    </message>
    <message>
        <source>作出日期(&amp;D)</source>
        <translation>&amp;Date made</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>行政行为作出日期</source>
        <translation>Date the administrative act was made</translation>
    </message>
    <message>
        <source>纠纷地点(&amp;P)</source>
        <translation>&amp;Place of dispute</translation>
    </message>
    <message>
        <source>纠纷地点</source>
        <translation>Place of dispute</translation>
    </message>
    <message>
        <source>纠纷主要事实(&amp;M)</source>
        <translation>&amp;Main facts</translation>
    </message>
    <message>
        <source>必填：何时、何地、因何事发生纠纷，目前状况</source>
        <translation>Required: when, where and over what the dispute arose, and where it stands now</translation>
    </message>
    <message>
        <source>纠纷主要事实</source>
        <translation>Main facts</translation>
    </message>
    <message>
        <source>调解请求(&amp;Q)</source>
        <translation>Mediation re&amp;quest</translation>
    </message>
    <message>
        <source>申请人希望通过调解解决的事项</source>
        <translation>What the applicant wants resolved through mediation</translation>
    </message>
    <message>
        <source>调解请求</source>
        <translation>Mediation request</translation>
    </message>
    <message>
        <source>标的额（元）(&amp;A)</source>
        <translation>&amp;Amount in dispute (yuan)</translation>
    </message>
    <message>
        <source>选填，如 12000 或 12000.50</source>
        <translation>Optional, e.g. 12000 or 12000.50</translation>
    </message>
    <message>
        <source>标的额（元）</source>
        <translation>Amount in dispute (yuan)</translation>
    </message>
    <message>
        <source>案件来源(&amp;S)</source>
        <translation>Case &amp;source</translation>
    </message>
    <message>
        <source>调解方式(&amp;K)</source>
        <translation>Mediation m&amp;ode</translation>
    </message>
    <message>
        <source>受理法庭(&amp;L)</source>
        <translation>Receiving tribuna&amp;l</translation>
    </message>
</context>
<context>
    <name>IntakeMediatorsPage</name>
    <message>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>选填。空格键勾选；第一位勾选的调解员主持调解。也可以登记后再指派。</source>
        <translation>Optional. Press Space to tick; the first mediator ticked presides. Mediators can also be assigned after registration.</translation>
    </message>
    <message>
        <source>调解员名册(&amp;M)</source>
        <translation>&amp;Mediator roster</translation>
    </message>
    <message>
        <source>调解员名册</source>
        <translation>Mediator roster</translation>
    </message>
    <message>
        <source>已接受委派，日期(&amp;D)</source>
        <translation>Assignment accepte&amp;d on</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>接受委派日期</source>
        <translation>Date the assignment was accepted</translation>
    </message>
</context>
<context>
    <name>IntakePartiesPage</name>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>至少一名申请人和一名被申请人；Ctrl+Shift+A 添加当事人。证件号码边输边查。</source>
        <translation>At least one applicant and one respondent; Ctrl+Shift+A adds a party. ID numbers are checked as you type.</translation>
    </message>
    <message>
        <source>当事人列表(&amp;L)</source>
        <translation>Party &amp;list</translation>
    </message>
    <message>
        <source>当事人列表</source>
        <translation>Party list</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>添加当事人（Ctrl+Shift+A）</source>
        <translation>Add a party (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>删除(&amp;E)</source>
        <translation>D&amp;elete</translation>
    </message>
    <message>
        <source>删除选中的当事人</source>
        <translation>Delete the selected party</translation>
    </message>
    <message>
        <source>地位(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>姓名或名称</source>
        <translation>Name of the person or organization</translation>
    </message>
    <message>
        <source>身份证号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>18位；末位可为 X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>身份证号码检查结果</source>
        <translation>ID number check result</translation>
    </message>
    <message>
        <source>统一社会信用代码(&amp;C)</source>
        <translation>Unified social &amp;credit code</translation>
    </message>
    <message>
        <source>18位，营业执照上的代码</source>
        <translation>18 characters, the code on the business licence</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>统一社会信用代码检查结果</source>
        <translation>Unified social credit code check result</translation>
    </message>
    <message>
        <source>法定代表人(&amp;D)</source>
        <translation>Le&amp;gal representative</translation>
    </message>
    <message>
        <source>法定代表人或负责人</source>
        <translation>Legal representative or person in charge</translation>
    </message>
    <message>
        <source>职务(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>联系电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>手机或固定电话（未填区号按 0438）</source>
        <translation>Mobile or landline (area code 0438 if none is given)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址(&amp;S)</source>
        <translation>Addre&amp;ss</translation>
    </message>
    <message>
        <source>住址或住所地</source>
        <translation>Address or domicile</translation>
    </message>
    <message>
        <source>民族(&amp;Z)</source>
        <translation>Et&amp;hnicity</translation>
    </message>
    <message>
        <source>如：汉族、蒙古族</source>
        <translation>e.g. Han, Mongol</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>职业(&amp;O)</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>使用已登记的当事人(&amp;U)</source>
        <translation>&amp;Use registered party</translation>
    </message>
</context>
<context>
    <name>IntakeReviewPage</name>
    <message>
        <source>核对并登记</source>
        <translation>Review and register</translation>
    </message>
    <message>
        <source>核对无误后按“完成登记”（Enter）。返回上一步修改不会丢失已填内容。</source>
        <translation>When everything is correct, press “Finish registration” (Enter). Going back to make changes keeps what you have entered.</translation>
    </message>
    <message>
        <source>登记内容摘要</source>
        <translation>Summary of the registration</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>行政机关</source>
        <translation>Administrative organ</translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>负责人/法定代表人</source>
        <translation>Person in charge / legal representative</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>地位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>已登记当事人</source>
        <translation>Registered party</translation>
    </message>
    <message>
        <source>被代理人</source>
        <translation>Represented party</translation>
    </message>
    <message>
        <source>已输入 {n} 位，应为 18 位</source>
        <translation>{n} characters entered; 18 are needed</translation>
    </message>
    <message>
        <source>{sex}，{y}年{m}月{d}日出生（{age}岁）</source>
        <translation>{sex}, born {y}-{m}-{d} (age {age})</translation>
    </message>
    <message>
        <source>代码有效</source>
        <translation>Code is valid</translation>
    </message>
    <message>
        <source>已输入 {n} 位，手机号码应为 11 位</source>
        <translation>{n} digits entered; a mobile number has 11</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>固定电话 {number}</source>
        <translation>Landline {number}</translation>
    </message>
    <message>
        <source>登记新案件</source>
        <translation>Register a new case</translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>完成登记(&amp;F)</source>
        <translation>&amp;Finish registration</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <source>发现{when}自动保存的未完成登记（程序意外关闭或断电时留下）。
恢复草稿继续登记，还是放弃草稿？</source>
        <translation>Found an unfinished registration saved automatically on {when} (left by a crash or power loss).
Restore the draft and continue, or discard it?</translation>
    </message>
    <message>
        <source>%m月%d日 %H:%M:%S</source>
        <translation>%b %d %H:%M:%S</translation>
    </message>
    <message>
        <source>恢复草稿(&amp;R)</source>
        <translation>&amp;Restore draft</translation>
    </message>
    <message>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>放弃登记</source>
        <translation>Discard registration</translation>
    </message>
    <message>
        <source>已填写的内容尚未登记，确定放弃吗？</source>
        <translation>What you have entered has not been registered. Discard it?</translation>
    </message>
    <message>
        <source>案件已登记（{number}），但指派调解员未成功：{reason}
请在案件中重新指派。</source>
        <translation>The case has been registered ({number}), but the mediators could not be assigned: {reason}
Please assign them again in the case.</translation>
    </message>
    <message>
        <source>案由</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>人民调解纠纷类型</source>
        <translation>People&apos;s mediation type</translation>
    </message>
    <message>
        <source>争议行政行为</source>
        <translation>Administrative act in dispute</translation>
    </message>
    <message>
        <source>纠纷地点</source>
        <translation>Place of dispute</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>主要事实</source>
        <translation>Main facts</translation>
    </message>
    <message>
        <source>调解请求</source>
        <translation>Mediation request</translation>
    </message>
    <message>
        <source>标的额</source>
        <translation>Amount in dispute</translation>
    </message>
    <message>
        <source>来源／方式／法庭</source>
        <translation>Source / method / tribunal</translation>
    </message>
    <message>
        <source>纠纷</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>关联已登记的当事人「{name}」，其资料不修改</source>
        <translation>Linked to the registered party “{name}”; their details are not changed</translation>
    </message>
    <message>
        <source>证件号码与已登记的当事人相同：登记时关联该当事人，其资料不修改</source>
        <translation>Same ID number as a registered party: that party will be linked on registration and their details are not changed</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>{name}（主持）</source>
        <translation>{name} (presiding)</translation>
    </message>
    <message>
        <source>暂不指派</source>
        <translation>Not assigned yet</translation>
    </message>
    <message>
        <source>；{day} 接受委派，自该日起计算调解期限</source>
        <translation>; assignment accepted on {day}, the mediation period runs from that day</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>导出 Excel(&amp;E)…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>待分流</source>
        <translation>Awaiting triage</translation>
    </message>
    <message>
        <source>受理调解</source>
        <translation>Accepted for mediation</translation>
    </message>
    <message>
        <source>转出</source>
        <translation>Referred elsewhere</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>已化解</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>未化解</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>按收案编号、被申请机关、被诉行政行为筛选</source>
        <translation>Filter by intake number, respondent agency or contested act</translation>
    </message>
    <message>
        <source>分流：</source>
        <translation>Triage:</translation>
    </message>
    <message>
        <source>登记(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>分流(&amp;T)…</source>
        <translation>&amp;Triage…</translation>
    </message>
    <message>
        <source>化解结果(&amp;O)…</source>
        <translation>&amp;Outcome…</translation>
    </message>
    <message>
        <source>登记开庭(&amp;N)…</source>
        <translation>&amp;New hearing…</translation>
    </message>
    <message>
        <source>登记出庭情况(&amp;A)…</source>
        <translation>Record &amp;appearance…</translation>
    </message>
    <message>
        <source>起草(&amp;N)…</source>
        <translation>&amp;New draft…</translation>
    </message>
    <message>
        <source>修改/查看(&amp;D)…</source>
        <translation>E&amp;dit/view…</translation>
    </message>
    <message>
        <source>签发(&amp;I)…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>送达(&amp;S)…</source>
        <translation>&amp;Serve…</translation>
    </message>
    <message>
        <source>登记反馈(&amp;R)…</source>
        <translation>Record &amp;reply…</translation>
    </message>
    <message>
        <source>跟踪落实(&amp;F)…</source>
        <translation>&amp;Follow up…</translation>
    </message>
    <message>
        <source>优秀(&amp;G)…</source>
        <translation>Mark excellent (&amp;G)…</translation>
    </message>
    <message>
        <source>登记以庭代训(&amp;N)…</source>
        <translation>&amp;New trial observation…</translation>
    </message>
    <message>
        <source>登记同堂培训(&amp;N)…</source>
        <translation>&amp;New joint training…</translation>
    </message>
    <message>
        <source>修改(&amp;M)…</source>
        <translation>&amp;Modify…</translation>
    </message>
    <message>
        <source>删除(&amp;X)…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>删除同堂培训</source>
        <translation>Delete joint training</translation>
    </message>
    <message>
        <source>登记口头建议(&amp;N)…</source>
        <translation>&amp;New oral recommendation…</translation>
    </message>
    <message>
        <source>删除口头建议</source>
        <translation>Delete oral recommendation</translation>
    </message>
    <message>
        <source>登记申请(&amp;N)…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <source>审查决定(&amp;J)…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>发放(&amp;F)…</source>
        <translation>&amp;Pay…</translation>
    </message>
    <message>
        <source>入账(&amp;N)…</source>
        <translation>&amp;New income…</translation>
    </message>
    <message>
        <source>变更状态(&amp;S)…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>年度数据(&amp;Y)…</source>
        <translation>&amp;Yearly figures…</translation>
    </message>
    <message>
        <source>人工认定(&amp;O)…</source>
        <translation>Manual &amp;override…</translation>
    </message>
    <message>
        <source>登记项目(&amp;N)…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>登记会议(&amp;N)…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>事项办结(&amp;D)…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <source>请先在表中选中一行</source>
        <translation>Select a row in the table first</translation>
    </message>
    <message>
        <source>{title}：{n} 条</source>
        <translation>{title}: {n} rows</translation>
    </message>
    <message>
        <source>{title}：{n} 条（共 {total} 条）</source>
        <translation>{title}: {n} (of {total})</translation>
    </message>
    <message>
        <source>{label}：{due}（{left}）</source>
        <translation>{label}: {due} ({left})</translation>
    </message>
    <message>
        <source>剩 {n} 日</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>已过 {n} 日</source>
        <translation>passed {n} days ago</translation>
    </message>
    <message>
        <source>草稿：修改后签发，签发时编号</source>
        <translation>Draft: edit, then issue (numbered when issued)</translation>
    </message>
    <message>
        <source>{on} 签发，待送达</source>
        <translation>Issued {on}, not yet served</translation>
    </message>
    <message>
        <source>应于 {due} 前书面反馈（{left}）</source>
        <translation>Written reply due by {due} ({left})</translation>
    </message>
    <message>
        <source>已逾期 {n} 日</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>{on} 反馈，{adoption}{late}</source>
        <translation>Replied {on}, {adoption}{late}</translation>
    </message>
    <message>
        <source>（逾期反馈）</source>
        <translation> (late reply)</translation>
    </message>
    <message>
        <source>跟踪落实：{text}</source>
        <translation>Follow-up: {text}</translation>
    </message>
    <message>
        <source>优秀司法建议</source>
        <translation>Excellent recommendation</translation>
    </message>
    <message>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LinkageForms</name>
    <message>
        <source>出庭情况</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>出庭负责人</source>
        <translation>Head who appeared</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>未出庭理由</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>已提交盖章或签字的书面证明</source>
        <translation>Sealed or signed proof submitted</translation>
    </message>
    <message>
        <source>未经许可中途退庭</source>
        <translation>Left without permission</translation>
    </message>
    <message>
        <source>拒绝就实质性解决争议发表意见</source>
        <translation>Refused to speak on resolving the dispute</translation>
    </message>
    <message>
        <source>就实质性解决争议发表了意见</source>
        <translation>Spoke on resolving the dispute</translation>
    </message>
    <message>
        <source>登记负责人出庭情况</source>
        <translation>Record agency-head appearance</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <source>采纳情况</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>反馈内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>优秀司法建议</source>
        <translation>Excellent recommendation</translation>
    </message>
    <message>
        <source>登记司法建议书反馈</source>
        <translation>Record recommendation reply</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>落实事项办结</source>
        <translation>Follow-up item done</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>被诉机关</source>
        <translation>Defendant agency</translation>
    </message>
    <message>
        <source>观摩单位（顿号分隔）</source>
        <translation>Observing bodies (separated by 、)</translation>
    </message>
    <message>
        <source>观摩人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>其中人大代表、政协委员</source>
        <translation>Of whom deputies and CPPCC members</translation>
    </message>
    <message>
        <source>负责人出庭</source>
        <translation>Heads in court</translation>
    </message>
    <message>
        <source>授课/点评法官</source>
        <translation>Lecturing judge</translation>
    </message>
    <message>
        <source>座谈要点</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>登记以庭代训</source>
        <translation>Record trial observation</translation>
    </message>
    <message>
        <source>本院</source>
        <translation>This court</translation>
    </message>
    <message>
        <source>培训日期</source>
        <translation>Training date</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>授课人（顿号分隔）</source>
        <translation>Lecturers (separated by 、)</translation>
    </message>
    <message>
        <source>参训单位</source>
        <translation>Participating agencies</translation>
    </message>
    <message>
        <source>每行一个单位：单位 人数 其中负责人数
如：宁江区司法局 12 2</source>
        <translation>One agency a line: agency, head-count, of whom heads or deputies
e.g. 宁江区司法局 12 2</translation>
    </message>
    <message>
        <source>培训材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>每行一份材料的名称</source>
        <translation>The title of one material a line</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>登记同堂培训</source>
        <translation>Record joint training</translation>
    </message>
    <message>
        <source>修改同堂培训</source>
        <translation>Modify joint training</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Date given</translation>
    </message>
    <message>
        <source>关联案号（可不填）</source>
        <translation>Case number (optional)</translation>
    </message>
    <message>
        <source>被建议单位</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>提出建议的法官</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>场合</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>建议内容</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>登记口头建议</source>
        <translation>Record oral recommendation</translation>
    </message>
    <message>
        <source>修改口头建议</source>
        <translation>Modify oral recommendation</translation>
    </message>
    <message>
        <source>删除理由</source>
        <translation>Reason for deleting</translation>
    </message>
    <message>
        <source>单位反馈</source>
        <translation>Agency&apos;s response</translation>
    </message>
    <message>
        <source>登记口头建议反馈</source>
        <translation>Record the agency&apos;s response</translation>
    </message>
    <message>
        <source>元，如 30000</source>
        <translation>yuan, e.g. 30000</translation>
    </message>
    <message>
        <source>未按达标标准判定达标而认定已达标的，写明理由</source>
        <translation>If the village is declared up to standard without meeting the criteria, give the reason</translation>
    </message>
    <message>
        <source>人工认定理由</source>
        <translation>Reason for the manual decision</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>新收诉讼</source>
        <translation>New lawsuits</translation>
    </message>
    <message>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>群体性事件</source>
        <translation>Mass incidents</translation>
    </message>
    <message>
        <source>法治宣传</source>
        <translation>Legal outreach events</translation>
    </message>
    <message>
        <source>年度数据</source>
        <translation>Yearly figures</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Meets the standard</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Does not meet the standard</translation>
    </message>
    <message>
        <source>按标准</source>
        <translation>Judge by the criteria</translation>
    </message>
    <message>
        <source>人工认定</source>
        <translation>Manual decision</translation>
    </message>
    <message>
        <source>签发后取本院本年度下一个编号，内容冻结，不能再修改。</source>
        <translation>Issuing takes the court&apos;s next number for this year and freezes the text; it cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>签发日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>已签发：{number}</source>
        <translation>Issued: {number}</translation>
    </message>
    <message>
        <source>签发司法建议书</source>
        <translation>Issue judicial recommendation</translation>
    </message>
    <message>
        <source>送达日期</source>
        <translation>Date served</translation>
    </message>
    <message>
        <source>受送达单位</source>
        <translation>Served on</translation>
    </message>
    <message>
        <source>{number} 已送达{organ}，应于 {due} 前书面反馈（{months} 个月）</source>
        <translation>{number} served on {organ}; written reply due by {due} ({months} months)</translation>
    </message>
    <message>
        <source>登记司法建议书送达</source>
        <translation>Record service of recommendation</translation>
    </message>
    <message>
        <source>（尚无跟踪落实记录）</source>
        <translation>(no follow-up recorded yet)</translation>
    </message>
    <message>
        <source>历次记录</source>
        <translation>Earlier notes</translation>
    </message>
    <message>
        <source>跟踪日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>司法建议书跟踪落实</source>
        <translation>Recommendation follow-up</translation>
    </message>
    <message>
        <source>评为优秀司法建议</source>
        <translation>Rated an excellent recommendation</translation>
    </message>
    <message>
        <source>应为 YYYY-MM-DD，如 2026-03-01</source>
        <translation>should be YYYY-MM-DD, e.g. 2026-03-01</translation>
    </message>
    <message>
        <source>留空取本案被申请人中的行政机关</source>
        <translation>Leave empty to use the agency among the case&apos;s respondents</translation>
    </message>
    <message>
        <source>YYYY-MM-DD，可留空</source>
        <translation>YYYY-MM-DD, optional</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>被申请机关</source>
        <translation>Respondent agency</translation>
    </message>
    <message>
        <source>机关负责人</source>
        <translation>Agency head</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>行为种类</source>
        <translation>Type of act</translation>
    </message>
    <message>
        <source>程序状态</source>
        <translation>Procedural stage</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>调解内容</source>
        <translation>Mediation subject</translation>
    </message>
    <message>
        <source>知道行政行为日期</source>
        <translation>Date the act became known</translation>
    </message>
    <message>
        <source>收到复议决定日期</source>
        <translation>Date reconsideration decision received</translation>
    </message>
    <message>
        <source>涉及不动产</source>
        <translation>Involves real property</translation>
    </message>
    <message>
        <source>已告知诉权或起诉期限</source>
        <translation>Told of the right to sue / time limit</translation>
    </message>
    <message>
        <source>群体性纠纷</source>
        <translation>Group dispute</translation>
    </message>
    <message>
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>已登记 {number}（{agency}）</source>
        <translation>Registered {number} ({agency})</translation>
    </message>
    <message>
        <source>登记到行政争议协调化解中心</source>
        <translation>Register at the dispute-resolution centre</translation>
    </message>
    <message>
        <source>受理调解</source>
        <translation>Accept for mediation</translation>
    </message>
    <message>
        <source>转出</source>
        <translation>Refer elsewhere</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>{group}：{choice}</source>
        <translation>{group}: {choice}</translation>
    </message>
    <message>
        <source>分流</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>分流日期</source>
        <translation>Triage date</translation>
    </message>
    <message>
        <source>{number} 已分流：{triage}</source>
        <translation>{number} triaged: {triage}</translation>
    </message>
    <message>
        <source>行政争议分流</source>
        <translation>Triage administrative dispute</translation>
    </message>
    <message>
        <source>兑付金额</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>后续诉讼案号</source>
        <translation>Later lawsuit case number</translation>
    </message>
    <message>
        <source>机关负责人参与化解</source>
        <translation>Agency head took part</translation>
    </message>
    <message>
        <source>已记录 {number} 的化解结果</source>
        <translation>Outcome of {number} recorded</translation>
    </message>
    <message>
        <source>协调化解结果</source>
        <translation>Resolution outcome</translation>
    </message>
    <message>
        <source>开庭日期</source>
        <translation>Hearing date</translation>
    </message>
    <message>
        <source>出庭通知书送达日期</source>
        <translation>Notice served on</translation>
    </message>
    <message>
        <source>审级</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>属应当通知负责人出庭的案件</source>
        <translation>Head must be notified to appear</translation>
    </message>
    <message>
        <source>登记开庭</source>
        <translation>Register hearing</translation>
    </message>
    <message>
        <source>原案案号</source>
        <translation>Original case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>申请金额</source>
        <translation>Amount requested</translation>
    </message>
    <message>
        <source>申请理由</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>登记司法救助申请</source>
        <translation>Register judicial relief application</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>决定救助</source>
        <translation>Relief granted</translation>
    </message>
    <message>
        <source>不予救助</source>
        <translation>Relief refused</translation>
    </message>
    <message>
        <source>救助金额</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>救助案号</source>
        <translation>Relief case number</translation>
    </message>
    <message>
        <source>审查意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <source>司法救助审查决定</source>
        <translation>Judicial relief decision</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>从慈善救助基金支出</source>
        <translation>Pay from the charity fund</translation>
    </message>
    <message>
        <source>发放司法救助金</source>
        <translation>Pay judicial relief</translation>
    </message>
    <message>
        <source>入账日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>救助基金入账</source>
        <translation>Relief fund deposit</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>项目单位</source>
        <translation>Project unit</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>评估日期</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>研判涉诉案件</source>
        <translation>Cases studied</translation>
    </message>
    <message>
        <source>法律风险提示</source>
        <translation>Legal-risk opinion</translation>
    </message>
    <message>
        <source>登记重大项目风险评估</source>
        <translation>Register major project risk assessment</translation>
    </message>
    <message>
        <source>每行一项：事项|责任单位|YYYY-MM-DD</source>
        <translation>One per line: task|responsible unit|YYYY-MM-DD</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>参会单位</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>决定事项</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>落实事项</source>
        <translation>Follow-up items</translation>
    </message>
    <message>
        <source>第 {n} 行应为 事项|责任单位|YYYY-MM-DD</source>
        <translation>Line {n} should be task|responsible unit|YYYY-MM-DD</translation>
    </message>
    <message>
        <source>登记联席会议</source>
        <translation>Register joint meeting</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>无讼村屯状态</source>
        <translation>Litigation-free village status</translation>
    </message>
</context>
<context>
    <name>LinkagePage</name>
    <message>
        <source>&lt;h2&gt;府院联动&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Government–court linkage&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>据此起草司法建议书(&amp;D)…</source>
        <translation>&amp;Draft a judicial recommendation from this…</translation>
    </message>
    <message>
        <source>协调化解中心</source>
        <translation>Dispute centre</translation>
    </message>
    <message>
        <source>负责人出庭</source>
        <translation>Heads in court</translation>
    </message>
    <message>
        <source>司法建议</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>以庭代训</source>
        <translation>Trial observation</translation>
    </message>
    <message>
        <source>同堂培训</source>
        <translation>Joint training</translation>
    </message>
    <message>
        <source>口头建议</source>
        <translation>Oral recommendations</translation>
    </message>
    <message>
        <source>司法救助</source>
        <translation>Judicial relief</translation>
    </message>
    <message>
        <source>救助基金</source>
        <translation>Relief fund</translation>
    </message>
    <message>
        <source>无讼村屯</source>
        <translation>Litigation-free villages</translation>
    </message>
    <message>
        <source>重大项目</source>
        <translation>Major projects</translation>
    </message>
    <message>
        <source>联席会议</source>
        <translation>Joint meetings</translation>
    </message>
    <message>
        <source>涉企通道</source>
        <translation>SME channel</translation>
    </message>
    <message>
        <source>该类案已有一份司法建议书草稿（每个类案只保留一份），已打开继续修改</source>
        <translation>This similar-case group already has a recommendation draft (one per group); opened it to continue</translation>
    </message>
    <message>
        <source>未能起草：{error}</source>
        <translation>Could not draft: {error}</translation>
    </message>
    <message>
        <source>已按类案起草草稿（未编号）：请核对被建议单位，补充成因分析后保存，再在“司法建议”中签发</source>
        <translation>Draft written from the similar cases (not numbered yet): check the recipient, add the analysis of causes and save, then issue it under “Judicial recommendations”</translation>
    </message>
    <message>
        <source>暂无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>预警（{n}）</source>
        <translation>Warnings ({n})</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>「{user}」离开时自动锁定；未保存的内容仍在，输入密码继续。</source>
        <translation>Locked automatically while “{user}” was away; nothing unsaved is lost. Enter the password to go on.</translation>
    </message>
    <message>
        <source>解锁(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>本机数据已加密。请用您的账户登录。</source>
        <translation>The data on this computer is encrypted. Please log in with your account.</translation>
    </message>
    <message>
        <source>账户(&amp;N)：</source>
        <translation>Account &amp;name:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>登录(&amp;L)</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>请填写账户和密码</source>
        <translation>Please enter the account and the password</translation>
    </message>
    <message>
        <source>正在验证…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>日程</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>府院联动</source>
        <translation>Linkage</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>数据中心</source>
        <translation>Data centre</translation>
    </message>
    <message>
        <source>{page}（Ctrl+{key}）</source>
        <translation>{page} (Ctrl+{key})</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>核验文书(&amp;V)…</source>
        <translation>&amp;Verify a paper…</translation>
    </message>
    <message>
        <source>中院数据中心</source>
        <translation>Intermediate court data centre</translation>
    </message>
    <message>
        <source>【演示】演示工作区（虚构数据）</source>
        <translation>[DEMO] Demo workspace (fictitious data)</translation>
    </message>
    <message>
        <source>演示工作区：这里的案件和当事人都是虚构的，只用于试用和培训；与正式数据分开存放，不会同步到法院。（{folder}）</source>
        <translation>Demo workspace: the cases and parties here are fictitious, for trying out and training only; kept apart from real data and never synced to the court. ({folder})</translation>
    </message>
    <message>
        <source>启用账户和加密</source>
        <translation>Set up accounts and encryption</translation>
    </message>
    <message>
        <source>请先关闭打开的笔录窗口（内容已自动保存），再启用账户和加密。</source>
        <translation>Close the open record windows first (their content is saved automatically), then set up accounts and encryption.</translation>
    </message>
    <message>
        <source>{user}（{role}）· 切换账户…</source>
        <translation>{user} ({role}) · Switch account…</translation>
    </message>
    <message>
        <source>以另一个账户登录：窗口随即以该账户重新打开案件库</source>
        <translation>Log in as another account: the window reopens the case store as that account</translation>
    </message>
    <message>
        <source>切换账户</source>
        <translation>Switch account</translation>
    </message>
    <message>
        <source>请先关闭打开的笔录窗口（内容已自动保存），再切换账户。</source>
        <translation>Close the open record windows first (their text is saved), then switch accounts.</translation>
    </message>
    <message>
        <source>正在以「{user}」打开案件库…</source>
        <translation>Opening the case store as &quot;{user}&quot;…</translation>
    </message>
    <message>
        <source>管理员账户只管理账户和设置，不能登记案件、制作笔录。现在为承办法官「{judge}」创建账户，由其本人设置密码；以后也可在“设置 → 账户”中添加。</source>
        <translation>An administrator account only manages accounts and settings; it cannot register cases or write records. Create an account for the judge &quot;{judge}&quot; now, with a password the judge sets; accounts can also be added later in Settings → Accounts.</translation>
    </message>
    <message>
        <source>为承办法官 {judge} 创建账户</source>
        <translation>Create an account for the judge {judge}</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>已为「{name}」创建账户。现在切换到这个账户吗？（切换后可登记案件、制作笔录）</source>
        <translation>The account &quot;{name}&quot; was created. Switch to it now? (It can register cases and write records.)</translation>
    </message>
    <message>
        <source>切换到 {name}(&amp;S)</source>
        <translation>&amp;Switch to {name}</translation>
    </message>
    <message>
        <source>稍后</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>正在加密案件库…</source>
        <translation>Encrypting the case store…</translation>
    </message>
    <message>
        <source>府院联动·诉前调解工作台</source>
        <translation>Court–Government Linkage · Pre-litigation Mediation Workbench</translation>
    </message>
    <message>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>正在打开案件库；库为空时先生成 {n} 件演示案件…</source>
        <translation>Opening the case store; an empty one first gets {n} demo cases…</translation>
    </message>
    <message>
        <source>无法打开案件库：{error}</source>
        <translation>The case store could not be opened: {error}</translation>
    </message>
    <message>
        <source>正在打开中院数据中心…</source>
        <translation>Opening the data centre…</translation>
    </message>
    <message>
        <source>{where} 还不是中院数据中心。
要在这里新建一个吗？（生成中院的加密与签名密钥、建库；已有的中院端请改选其文件夹）</source>
        <translation>{where} is not a data centre yet.
Create one here? (This makes the hub&apos;s encryption and signing keys and its database; for an existing hub choose its folder instead.)</translation>
    </message>
</context>
<context>
    <name>MediatorsDialog</name>
    <message>
        <source>更换调解员</source>
        <translation>Change mediators</translation>
    </message>
    <message>
        <source>勾选本案的调解员：取消勾选即撤换，勾选新的即增加或替换；排在最前的主持调解。</source>
        <translation>Tick this case&apos;s mediators: untick to remove, tick a new one to add or replace; the first one leads the mediation.</translation>
    </message>
    <message>
        <source>筛选(&amp;F)</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>调解员名册</source>
        <translation>Mediator roster</translation>
    </message>
    <message>
        <source>设为主持(&amp;L)</source>
        <translation>Make &amp;lead</translation>
    </message>
    <message>
        <source>添加到名册(&amp;A)…</source>
        <translation>&amp;Add to roster…</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>调解员名册中还没有调解员；请点“添加到名册”。</source>
        <translation>The mediator roster is empty; click “Add to roster”.</translation>
    </message>
    <message>
        <source>主持调解：{lead}；共 {n} 人：{names}</source>
        <translation>Lead: {lead}; {n} in all: {names}</translation>
    </message>
    <message>
        <source>尚未勾选调解员</source>
        <translation>No mediator ticked</translation>
    </message>
</context>
<context>
    <name>MediatorsPage</name>
    <message>
        <source>添加调解员(&amp;A)…</source>
        <translation>&amp;Add mediator…</translation>
    </message>
    <message>
        <source>{days} 日调解期限自接受委派之日起计算；不勾选则登记后在案件中填写。</source>
        <translation>The {days}-day mediation period runs from the day the assignment is accepted; if unticked, enter the date in the case after registration.</translation>
    </message>
    <message>
        <source>调解员名册中还没有调解员；可点“添加调解员”，或先登记，之后在案件页指派。</source>
        <translation>The mediator roster is empty; click “Add mediator”, or register the case first and assign mediators on the case page later.</translation>
    </message>
    <message>
        <source>主持调解：{name}</source>
        <translation>Presiding: {name}</translation>
    </message>
    <message>
        <source>填写接受委派日期时，请至少勾选一名调解员</source>
        <translation>To enter the date the assignment was accepted, tick at least one mediator</translation>
    </message>
</context>
<context>
    <name>OfficialNumberDialog</name>
    <message>
        <source>更正正式案号</source>
        <translation>Correct the official case number</translation>
    </message>
    <message>
        <source>登记正式案号</source>
        <translation>Record the official case number</translation>
    </message>
    <message>
        <source>现登记的案号：</source>
        <translation>Number on record:</translation>
    </message>
    <message>
        <source>如 （2026）吉0702民诉前调15号</source>
        <translation>e.g. （2026）吉0702民诉前调15号</translation>
    </message>
    <message>
        <source>正式案号(&amp;N)</source>
        <translation>Official &amp;number</translation>
    </message>
    <message>
        <source>更正原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>更正记入本案日志（原案号、新案号和原因），并随同步报送中院；已签署的文书不变，重印时另行注明正式案号。</source>
        <translation>The correction goes into the case log (old number, new number, reason) and to the intermediate court with the next sync; signed papers do not change — a reprint notes the official number beside them.</translation>
    </message>
    <message>
        <source>法院立案系统分配的案号；登记后临时编号仍保留作关联。</source>
        <translation>The number the court&apos;s case-registration system assigned; the provisional number stays as the link back.</translation>
    </message>
    <message>
        <source>更正(&amp;S)</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>登记(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>正在打开案件库…</source>
        <translation>Opening the case store…</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>（已关联）</source>
        <translation> (linked)</translation>
    </message>
    <message>
        <source>（可能已登记）</source>
        <translation> (may already be registered)</translation>
    </message>
    <message>
        <source>（未填姓名/名称）</source>
        <translation>(no name entered)</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>名称(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>负责人(&amp;D)</source>
        <translation>Person in char&amp;ge</translation>
    </message>
    <message>
        <source>法定代表人(&amp;D)</source>
        <translation>Le&amp;gal representative</translation>
    </message>
    <message>
        <source>住址(&amp;S)</source>
        <translation>Addre&amp;ss</translation>
    </message>
    <message>
        <source>住所地(&amp;S)</source>
        <translation>Registered addre&amp;ss</translation>
    </message>
    <message>
        <source>选填，18位</source>
        <translation>Optional, 18 characters</translation>
    </message>
    <message>
        <source>18位，营业执照上的代码</source>
        <translation>18 characters, the code on the business licence</translation>
    </message>
    <message>
        <source>已关联已登记的当事人「{name}」：登记时使用其已有资料，不修改、不合并。</source>
        <translation>Linked to the registered party “{name}”: their existing details are used on registration, without changing or merging them.</translation>
    </message>
    <message>
        <source>取消关联(&amp;U)</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>；另有 {n} 个同名同电话的记录</source>
        <translation>; {n} more records with the same name and phone</translation>
    </message>
    <message>
        <source>已登记的当事人：&lt;b&gt;{name}&lt;/b&gt;（{reason}）</source>
        <translation>Registered party: &lt;b&gt;{name}&lt;/b&gt; ({reason})</translation>
    </message>
    <message>
        <source>使用已登记的当事人(&amp;U)</source>
        <translation>&amp;Use registered party</translation>
    </message>
    <message>
        <source>姓名/名称未填</source>
        <translation>name not entered</translation>
    </message>
    <message>
        <source>统一社会信用代码未填（单位必填）</source>
        <translation>unified social credit code not entered (required for an organization)</translation>
    </message>
    <message>
        <source>负责人未填（行政机关必填）</source>
        <translation>person in charge not entered (required for an administrative organ)</translation>
    </message>
    <message>
        <source>第{n}位当事人</source>
        <translation>Party {n}: </translation>
    </message>
    <message>
        <source>还需要一名申请人</source>
        <translation>An applicant is still needed</translation>
    </message>
    <message>
        <source>还需要一名被申请人（Ctrl+Shift+A 添加）</source>
        <translation>A respondent is still needed (Ctrl+Shift+A adds one)</translation>
    </message>
    <message>
        <source>行政争议的被申请人应为行政机关（类型选“行政机关”）</source>
        <translation>In an administrative dispute the respondent should be an administrative organ (kind “Administrative organ”)</translation>
    </message>
    <message>
        <source>第{n}位当事人{field}：{reason}</source>
        <translation>Party {n}, {field}: {reason}</translation>
    </message>
</context>
<context>
    <name>PartyEditDialog</name>
    <message>
        <source>编辑当事人 — {name}</source>
        <translation>Edit party — {name}</translation>
    </message>
    <message>
        <source>如 吉林省松原市宁江区伯都乡新立村三社</source>
        <translation>e.g. Group 3, Xinli Village, Boduo Township, Ningjiang District, Songyuan, Jilin</translation>
    </message>
    <message>
        <source>不改请留空（现为 {value}）</source>
        <translation>Leave empty to keep (now {value})</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>姓名/名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>身份证号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>联系电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>住址/住所(&amp;D)</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PartyLawDialog</name>
    <message>
        <source>代为承认、放弃、变更调解请求</source>
        <translation>Admit, waive or change mediation claims</translation>
    </message>
    <message>
        <source>进行和解</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>签署调解协议</source>
        <translation>Sign the mediation agreement</translation>
    </message>
    <message>
        <source>代为申请司法确认</source>
        <translation>Apply for judicial confirmation</translation>
    </message>
    <message>
        <source>代为签收法律文书</source>
        <translation>Receive legal documents</translation>
    </message>
    <message>
        <source>法定代理人与代理权限</source>
        <translation>Guardians and agents&apos; authority</translation>
    </message>
    <message>
        <source>登记法定代理人（未成年人、无或限制民事行为能力人）</source>
        <translation>Register a guardian (for minors and persons without or with limited capacity)</translation>
    </message>
    <message>
        <source>被代理的当事人(&amp;W)</source>
        <translation>&amp;Ward</translation>
    </message>
    <message>
        <source>法定代理人姓名(&amp;N)</source>
        <translation>Guardian&apos;s &amp;name</translation>
    </message>
    <message>
        <source>与当事人关系(&amp;R)</source>
        <translation>&amp;Relation to the party</translation>
    </message>
    <message>
        <source>身份证号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>联系电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>保存法定代理人(&amp;G)</source>
        <translation>Save &amp;guardian</translation>
    </message>
    <message>
        <source>委托代理人的代理权限</source>
        <translation>Authority of appointed agents</translation>
    </message>
    <message>
        <source>委托代理人(&amp;A)</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <source>一般授权</source>
        <translation>General authority</translation>
    </message>
    <message>
        <source>特别授权</source>
        <translation>Special authority</translation>
    </message>
    <message>
        <source>代理权限</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>授权事项</source>
        <translation>Powers granted</translation>
    </message>
    <message>
        <source>保存代理权限(&amp;S)</source>
        <translation>&amp;Save authority</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{name}（代理{role}{party}；现为{authority}）</source>
        <translation>{name} (agent of {role} {party}; now {authority})</translation>
    </message>
    <message>
        <source>按今天（{day}）计算年龄；定稿时按签署日期再查一次。</source>
        <translation>Ages are computed for today ({day}) and checked again for the signing date when finalizing.</translation>
    </message>
    <message>
        <source>法定代理人：{name}</source>
        <translation>Guardian: {name}</translation>
    </message>
    <message>
        <source>委托代理人：{name}，{authority}</source>
        <translation>Agent: {name}, {authority}</translation>
    </message>
    <message>
        <source>以上问题解决前，调解协议不能定稿。</source>
        <translation>Until the problems above are solved, the agreement cannot be finalized.</translation>
    </message>
    <message>
        <source>各方均可签署。</source>
        <translation>All parties may sign.</translation>
    </message>
</context>
<context>
    <name>PdfZoomBar</name>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>缩小预览（Ctrl+-）</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>放大预览（Ctrl++）</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>PerformanceDialog</name>
    <message>
        <source>履行与回访</source>
        <translation>Performance and follow-up visits</translation>
    </message>
    <message>
        <source>完成所选回访</source>
        <translation>Complete the selected visit</translation>
    </message>
    <message>
        <source>部分履行时必填；全部履行可不填</source>
        <translation>Required for partial performance; optional for full</translation>
    </message>
    <message>
        <source>如：申请人确认已收到第一期款项</source>
        <translation>e.g. the applicant confirms receipt of the first instalment</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>条</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>义务人</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>已履行（元）</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>回访结果</source>
        <translation>Visit result</translation>
    </message>
    <message>
        <source>逾期未回访</source>
        <translation>Visit overdue</translation>
    </message>
    <message>
        <source>履行期限已届满</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <source>待履行</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>履行情况(&amp;P)</source>
        <translation>&amp;Performance</translation>
    </message>
    <message>
        <source>已履行金额（元）(&amp;M)</source>
        <translation>A&amp;mount paid (yuan)</translation>
    </message>
    <message>
        <source>回访结果(&amp;R)</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>回访日期(&amp;D)</source>
        <translation>Visit &amp;date</translation>
    </message>
    <message>
        <source>完成回访(&amp;S)</source>
        <translation>Complete vi&amp;sit</translation>
    </message>
    <message>
        <source>自动履行率 {rate}（全部履行 {full} 条 ÷ 已到期或已回访 {due} 条）</source>
        <translation>Voluntary performance rate {rate} ({full} fully performed ÷ {due} due or visited)</translation>
    </message>
    <message>
        <source>（请在上表选择一条）</source>
        <translation>(select a clause in the table above)</translation>
    </message>
    <message>
        <source>第 {n} 条，{who}，履行期限 {due}{done}</source>
        <translation>Clause {n}, {who}, due {due}{done}</translation>
    </message>
    <message>
        <source>（已完成）</source>
        <translation> (done)</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>修改纠纷地点</source>
        <translation>Change the place of dispute</translation>
    </message>
    <message>
        <source>纠纷地点(&amp;P)</source>
        <translation>&amp;Place of dispute</translation>
    </message>
    <message>
        <source>尚未进行、且在原地点的调解随之改到新地点；修改记入本案日志。</source>
        <translation>Sessions still to come at the old place move to the new one; the change is written to the case log.</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>地名库中的地点</source>
        <translation>Places in the gazetteer</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <source>来自设备</source>
        <translation>From device</translation>
    </message>
    <message>
        <source>时间（北京时间）</source>
        <translation>Time (Beijing time)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>违反业务规则的记录不会写入案件库，原样隔离在这里，同一数据包的其余记录照常导入。请与发送设备的法庭核实后在该设备上更正，更正后的记录随下一个数据包到达。</source>
        <translation>A record that breaks a rule is not written to the case store: it is kept aside here as received, and the rest of its bundle is imported. Check with the sending tribunal and correct it on that device; the corrected record arrives with the next bundle.</translation>
    </message>
    <message>
        <source>没有被隔离的记录。</source>
        <translation>No quarantined records.</translation>
    </message>
</context>
<context>
    <name>ReadBackView</name>
    <message>
        <source>笔录（供当事人核对）</source>
        <translation>Record (for the parties to check)</translation>
    </message>
    <message>
        <source>请当事人核对笔录。F11 全屏 / 退出全屏，Esc 关闭。</source>
        <translation>Parties, please check the record. F11 enters / leaves full screen, Esc closes.</translation>
    </message>
    <message>
        <source>笔录（只读）</source>
        <translation>Record (read-only)</translation>
    </message>
    <message>
        <source>全屏</source>
        <translation>Full screen</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>个案</source>
        <translation>Single case</translation>
    </message>
    <message>
        <source>类案预警</source>
        <translation>Similar-case warning</translation>
    </message>
    <message>
        <source>行政判决</source>
        <translation>Administrative judgment</translation>
    </message>
    <message>
        <source>司法建议书草稿</source>
        <translation>Judicial recommendation draft</translation>
    </message>
    <message>
        <source>司法建议书（已签发）</source>
        <translation>Judicial recommendation (issued)</translation>
    </message>
    <message>
        <source>如（2026）吉0702行初12号；该案不在本系统时填写</source>
        <translation>e.g. (2026)吉0702行初12号; fill in when the case is not in this system</translation>
    </message>
    <message>
        <source>来源案件</source>
        <translation>Source case</translation>
    </message>
    <message>
        <source>或行政判决案号</source>
        <translation>or judgment case number</translation>
    </message>
    <message>
        <source>“关于……的司法建议书”中间部分，留空按纠纷类型</source>
        <translation>The “on …” part of the title; empty uses the dispute category</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>标题（关于……）</source>
        <translation>Title (on …)</translation>
    </message>
    <message>
        <source>被建议单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>抄送单位</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>联系人及电话</source>
        <translation>Contact and phone</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>书面反馈期限</source>
        <translation>Written reply within</translation>
    </message>
    <message>
        <source>背景</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>保存草稿(&amp;S)</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>打印草稿(&amp;P)…</source>
        <translation>&amp;Print draft…</translation>
    </message>
    <message>
        <source>放弃草稿…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>有改动尚未保存（{at} 已自动留存草稿）</source>
        <translation>Unsaved changes (draft kept automatically at {at})</translation>
    </message>
    <message>
        <source>新建司法建议书草稿：选择来源案件（或写明行政判决案号），写好后保存。草稿不编号，签发时才编号。</source>
        <translation>New recommendation draft: pick the source case (or give the judgment&apos;s case number), write it and save. Drafts are numbered only when issued.</translation>
    </message>
    <message>
        <source>（归入案件 {case}）</source>
        <translation>(filed under case {case})</translation>
    </message>
    <message>
        <source>&lt;b&gt;草稿&lt;/b&gt;（未编号，签发时编号）&#x3000;来源：{origin} {source}&#x3000;{court}</source>
        <translation>&lt;b&gt;Draft&lt;/b&gt; (numbered when issued)&#x3000;Source: {origin} {source}&#x3000;{court}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt;&#x3000;{status}，{signed} 签发；内容已冻结，不能修改</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt;&#x3000;{status}, issued {signed}; the text is frozen</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>司法建议书</source>
        <translation>Judicial recommendation</translation>
    </message>
    <message>
        <source>已恢复草稿，尚未保存（Ctrl+S 保存）</source>
        <translation>Draft restored, not saved yet (Ctrl+S saves)</translation>
    </message>
    <message>
        <source>已放弃自动保存的草稿</source>
        <translation>Discarded the automatically kept draft</translation>
    </message>
    <message>
        <source>未保存：{error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <source>已保存草稿</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>请先保存草稿再打印</source>
        <translation>Save the draft before printing</translation>
    </message>
    <message>
        <source>未打印：{error}</source>
        <translation>Not printed: {error}</translation>
    </message>
    <message>
        <source>验证码 {code}</source>
        <translation>verification code {code}</translation>
    </message>
    <message>
        <source>草稿，带“草稿”水印，不具效力</source>
        <translation>draft, watermarked “草稿” (draft), not valid</translation>
    </message>
    <message>
        <source>已打印 {path}（{state}）</source>
        <translation>Printed {path} ({state})</translation>
    </message>
    <message>
        <source>打印司法建议书</source>
        <translation>Print judicial recommendation</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>未放弃：{error}</source>
        <translation>Not discarded: {error}</translation>
    </message>
    <message>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>放弃理由（记入操作日志）：</source>
        <translation>Reason for discarding (written to the audit log):</translation>
    </message>
</context>
<context>
    <name>RecordConflictDialog</name>
    <message>
        <source>笔录在别处也保存过</source>
        <translation>The record was also saved elsewhere</translation>
    </message>
    <message>
        <source>本窗口的文字（尚未保存）</source>
        <translation>Text in this window (not yet saved)</translation>
    </message>
    <message>
        <source>已保存的最新版本</source>
        <translation>Latest saved version</translation>
    </message>
    <message>
        <source>合并两版后保存(&amp;B)</source>
        <translation>Merge &amp;both and save</translation>
    </message>
    <message>
        <source>以本窗口文字另存为新一版(&amp;M)</source>
        <translation>Save &amp;my text as a new version</translation>
    </message>
    <message>
        <source>“合并”把已保存的第 {n} 版接在本窗口文字之后；“另存”以本窗口文字保存为新一版。两种做法都保留所有已保存的版本。</source>
        <translation>“Merge” appends saved version {n} after this window&apos;s text; “Save as new” saves this window&apos;s text as a new version. Both keep every saved version.</translation>
    </message>
    <message>
        <source>已保存的第 {n} 版</source>
        <translation>Saved version {n}</translation>
    </message>
</context>
<context>
    <name>RecorderWindow</name>
    <message>
        <source>调解笔录</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <source>立即保存(&amp;S)</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>给当事人看(&amp;R)</source>
        <translation>&amp;Read back to the parties</translation>
    </message>
    <message>
        <source>大字只读，供当事人核对（F11 全屏）</source>
        <translation>Large read-only text for the parties to check (F11 full screen)</translation>
    </message>
    <message>
        <source>本次调解结束(&amp;E)</source>
        <translation>&amp;End this session</translation>
    </message>
    <message>
        <source>签到（勾选即到场）(&amp;Q)</source>
        <translation>&amp;Attendance (tick if present)</translation>
    </message>
    <message>
        <source>签到名单</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>插入发言人</source>
        <translation>Insert speaker</translation>
    </message>
    <message>
        <source>申请人&#x3000;Ctrl+1</source>
        <translation>Applicant  Ctrl+1</translation>
    </message>
    <message>
        <source>被申请人&#x3000;Ctrl+2</source>
        <translation>Respondent  Ctrl+2</translation>
    </message>
    <message>
        <source>调解员&#x3000;Ctrl+3</source>
        <translation>Mediator  Ctrl+3</translation>
    </message>
    <message>
        <source>第三人&#x3000;Ctrl+4</source>
        <translation>Third party  Ctrl+4</translation>
    </message>
    <message>
        <source>时间 [时:分]&#x3000;Ctrl+T</source>
        <translation>Time [hh:mm]  Ctrl+T</translation>
    </message>
    <message>
        <source>同一快捷键再按一次，换成同一身份的下一个人。</source>
        <translation>Press the same shortcut again to switch to the next person in that role.</translation>
    </message>
    <message>
        <source>笔录正文</source>
        <translation>Record text</translation>
    </message>
    <message>
        <source>%Y年%m月%d日 %H:%M</source>
        <translation>%Y-%m-%d %H:%M</translation>
    </message>
    <message>
        <source>Ctrl+S；平时每 {seconds} 秒自动保存</source>
        <translation>Ctrl+S; otherwise saved automatically every {seconds} seconds</translation>
    </message>
    <message>
        <source>在这里记录。Ctrl+1 申请人、Ctrl+2 被申请人、Ctrl+3 调解员、Ctrl+4 第三人、Ctrl+T 时间。每 {seconds} 秒自动保存。</source>
        <translation>Record here. Ctrl+1 applicant, Ctrl+2 respondent, Ctrl+3 mediator, Ctrl+4 third party, Ctrl+T time. Saved automatically every {seconds} seconds.</translation>
    </message>
    <message>
        <source>插入{who}</source>
        <translation>Insert {who}</translation>
    </message>
    <message>
        <source>插入时间</source>
        <translation>Insert time</translation>
    </message>
    <message>
        <source>立即保存</source>
        <translation>Save now</translation>
    </message>
    <message>
        <source>给当事人看（全屏）</source>
        <translation>Show to the parties (full screen)</translation>
    </message>
    <message>
        <source>{n} 字</source>
        <translation>{n} chars</translation>
    </message>
    <message>
        <source>尚未保存过（输入后每 {n} 秒自动保存）</source>
        <translation>Not saved yet (saved automatically every {n} s after typing)</translation>
    </message>
    <message>
        <source>已保存 {t}（第{n}版）</source>
        <translation>Saved {t} (version {n})</translation>
    </message>
    <message>
        <source>笔录保存失败：{reason}
文字仍在本窗口中，没有丢失；每 {n} 秒会自动重试。在恢复之前请不要关闭本窗口。</source>
        <translation>Saving the record failed: {reason}
The text is still in this window and is not lost; saving is retried every {n} s. Please do not close this window until it works again.</translation>
    </message>
    <message>
        <source>未保存 — 正在重试</source>
        <translation>Not saved — retrying</translation>
    </message>
    <message>
        <source>与已保存的第{n}版冲突 — 请选择如何保存（文字未丢失）</source>
        <translation>Conflicts with saved version {n} — choose how to save (nothing is lost)</translation>
    </message>
    <message>
        <source>文字已另存到：
{path}</source>
        <translation>The text was saved to:
{path}</translation>
    </message>
    <message>
        <source>连另存文件也失败了（{e}）。</source>
        <translation>Even saving to a separate file failed ({e}).</translation>
    </message>
    <message>
        <source>笔录未能保存到数据库。{where}

仍要关闭笔录窗口吗？</source>
        <translation>The record could not be saved to the database. {where}

Close the record window anyway?</translation>
    </message>
    <message>
        <source>笔录尚未保存</source>
        <translation>Record not saved</translation>
    </message>
    <message>
        <source>{t} 到</source>
        <translation>arrived {t}</translation>
    </message>
    <message>
        <source>已到</source>
        <translation>present</translation>
    </message>
    <message>
        <source>（供当事人核对）</source>
        <translation> (for the parties to check)</translation>
    </message>
    <message>
        <source>本次调解已结束</source>
        <translation>Session ended</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>类案预警阈值</source>
        <translation>Similar-case warning threshold</translation>
    </message>
    <message>
        <source>同一类纠纷出自同一乡镇（园区）或针对同一行政机关达到此数即预警；10 件为本软件的建议值，待中院确认</source>
        <translation>Warn when this many disputes of one category come from one township (park) or concern one agency; 10 is this software&apos;s proposal, awaiting the intermediate court&apos;s confirmation</translation>
    </message>
    <message>
        <source>类案预警时间窗</source>
        <translation>Similar-case warning window</translation>
    </message>
    <message>
        <source>统计类案的时间范围（默认近 12 个月）；本软件的建议值，待中院确认</source>
        <translation>Period over which similar cases are counted (default: last 12 months); this software&apos;s proposal, awaiting the intermediate court&apos;s confirmation</translation>
    </message>
    <message>
        <source>负责人多次未出庭标记次数</source>
        <translation>Agency-head non-appearances before flagging</translation>
    </message>
    <message>
        <source>同一行政机关在时间窗内负责人未依法出庭达到此数即标记；本软件的建议值</source>
        <translation>Flag an agency when its head fails to appear in court this many times within the window; this software&apos;s proposal</translation>
    </message>
    <message>
        <source>负责人未出庭统计时间窗</source>
        <translation>Non-appearance counting window</translation>
    </message>
    <message>
        <source>统计负责人未出庭的时间范围；本软件的建议值</source>
        <translation>Period over which agency heads&apos; non-appearances are counted; this software&apos;s proposal</translation>
    </message>
    <message>
        <source>司法救助上限月数</source>
        <translation>Judicial relief cap (months)</translation>
    </message>
    <message>
        <source>一般不超过上一年度职工月平均工资的 36 个月（司法救助的通行规定）</source>
        <translation>Usually at most 36 months of last year&apos;s average monthly wage (the general rule for judicial relief)</translation>
    </message>
    <message>
        <source>上年度职工月平均工资</source>
        <translation>Last year&apos;s average monthly wage</translation>
    </message>
    <message>
        <source>6500 元为占位值：请按各县（市、区）公布的数字填写，未列出的县区用“默认”</source>
        <translation>6500 yuan is a placeholder: enter each county&apos;s (city&apos;s, district&apos;s) published figure; counties not listed use “默认” (default)</translation>
    </message>
    <message>
        <source>司法建议书编号地名简称</source>
        <translation>Place abbreviation in recommendation numbers</translation>
    </message>
    <message>
        <source>编号为 简称+法建〔年度〕序号号；简称按地名推定，未经各院核对</source>
        <translation>Numbers read abbreviation + 法建〔year〕serial 号; abbreviations are inferred from place names, not yet checked by each court</translation>
    </message>
    <message>
        <source>联席会议事项提前提醒</source>
        <translation>Joint-meeting item reminder lead time</translation>
    </message>
    <message>
        <source>事项到期前多少天起在工作台提醒；本软件的建议值</source>
        <translation>Days before an item is due that the dashboard starts reminding; this software&apos;s proposal</translation>
    </message>
    <message>
        <source>司法建议反馈提前提醒</source>
        <translation>Recommendation reply reminder lead time</translation>
    </message>
    <message>
        <source>司法建议反馈期限届满前多少天起在工作台提醒；本软件的建议值</source>
        <translation>Days before a recommendation reply is due that the dashboard starts reminding; this software&apos;s proposal</translation>
    </message>
    <message>
        <source>设备久未同步提醒</source>
        <translation>Quiet-device warning</translation>
    </message>
    <message>
        <source>中院端把在用但这么多天没有送来数据的设备标为久未同步；本软件的建议值</source>
        <translation>The hub marks a device in use as quiet when it has sent no data for this many days; this software&apos;s proposal</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>件</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>整数</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>按县区的金额（元）</source>
        <translation>amount per county (yuan)</translation>
    </message>
    <message>
        <source>按法院的简称</source>
        <translation>abbreviation per court</translation>
    </message>
    <message>
        <source>全市（中院统一）</source>
        <translation>City-wide (set by the intermediate court)</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>{span}{unit}</source>
        <translation>{span} {unit}</translation>
    </message>
</context>
<context>
    <name>ReferenceSettingsBox</name>
    <message>
        <source>参考数据（阈值与金额，管理员）</source>
        <translation>Reference data (thresholds and amounts, administrators)</translation>
    </message>
    <message>
        <source>“推定”是本软件的建议值或占位值，尚待法院确认。标为“全市”的项由中院统一设置，随同步回执下发到本机；本机改动在中院再次修改该项时被覆盖。</source>
        <translation>“Assumed” marks this software&apos;s proposal or a placeholder, awaiting the court&apos;s confirmation. “City-wide” items are set by the intermediate court and arrive with sync receipts; a change made here is overwritten when the court changes that item again.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>推定</source>
        <translation>Assumed</translation>
    </message>
    <message>
        <source>适用</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>仍是尚待确认的值</source>
        <translation>Still a value awaiting confirmation</translation>
    </message>
    <message>
        <source>来源说明，如 发文号</source>
        <translation>Source note, e.g. document number</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>从表格导入…</source>
        <translation>Import from spreadsheet…</translation>
    </message>
    <message>
        <source>导出为表格…</source>
        <translation>Export as spreadsheet…</translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>{label}（{key}）：范围 {range}。{note}</source>
        <translation>{label} ({key}): range {range}. {note}</translation>
    </message>
    <message>
        <source>默认值</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>中院下发（中院第 {v} 版，{at} 收到）</source>
        <translation>From the intermediate court (its version {v}, received {at})</translation>
    </message>
    <message>
        <source>管理员设置（第 {v} 版）</source>
        <translation>Set by an administrator (version {v})</translation>
    </message>
    <message>
        <source>现为默认值。</source>
        <translation>Currently the default.</translation>
    </message>
    <message>
        <source>中院第 {v} 版，{at} 随回执收到（{by}）。</source>
        <translation>Intermediate court&apos;s version {v}, received with a receipt at {at} ({by}).</translation>
    </message>
    <message>
        <source>第 {v} 版，{by} 于 {at} 修改。</source>
        <translation>Version {v}, changed by {by} at {at}.</translation>
    </message>
    <message>
        <source>原为 {old}。</source>
        <translation> Was {old}.</translation>
    </message>
    <message>
        <source>已保存：{change}</source>
        <translation>Saved: {change}</translation>
    </message>
    <message>
        <source>值未变，没有修改。</source>
        <translation>Value unchanged; nothing saved.</translation>
    </message>
    <message>
        <source>未导入（整份文件未改动）：
{problems}</source>
        <translation>Not imported (nothing from the file was applied):
{problems}</translation>
    </message>
    <message>
        <source>已导入 {name}：修改 {n} 项，{same} 项未变。</source>
        <translation>Imported {name}: {n} changed, {same} unchanged.</translation>
    </message>
    <message>
        <source>已导出 {n} 项到 {path}</source>
        <translation>Exported {n} items to {path}</translation>
    </message>
    <message>
        <source>导入参考数据</source>
        <translation>Import reference data</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>导出参考数据</source>
        <translation>Export reference data</translation>
    </message>
    <message>
        <source>参考数据.xlsx</source>
        <translation>reference-data.xlsx</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>恢复调解</source>
        <translation>Resume mediation</translation>
    </message>
    <message>
        <source>中止：</source>
        <translation>Suspended:</translation>
    </message>
    <message>
        <source>自 {d} 起（{r}）</source>
        <translation>since {d} ({r})</translation>
    </message>
    <message>
        <source>恢复日期(&amp;D)</source>
        <translation>Resumption &amp;date</translation>
    </message>
    <message>
        <source>恢复(&amp;S)</source>
        <translation>Re&amp;sume</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>调解期限将顺延 {n} 日（期限末日遇节假日顺延至工作日）</source>
        <translation>The mediation period will be extended by {n} days (a last day on a rest day moves to the next working day)</translation>
    </message>
</context>
<context>
    <name>RosterBox</name>
    <message>
        <source>列：姓名、角色、调解组织、单位、电话、名册编号、法庭、在册</source>
        <translation>Columns: name, role, mediation organisation, employer, phone, roster number, tribunal, on roster</translation>
    </message>
    <message>
        <source>未导入（名册未改动）：</source>
        <translation>Not imported (the roster is unchanged):</translation>
    </message>
    <message>
        <source>已导入 {name}：新增 {added} 位，修改 {updated} 位，{same} 位未变。</source>
        <translation>Imported {name}: {added} mediators added, {updated} changed, {same} unchanged.</translation>
    </message>
    <message>
        <source>已导出 {n} 位调解员到 {path}</source>
        <translation>Exported {n} mediators to {path}</translation>
    </message>
    <message>
        <source>导入调解员名册</source>
        <translation>Import mediator roster</translation>
    </message>
    <message>
        <source>导出调解员名册</source>
        <translation>Export mediator roster</translation>
    </message>
    <message>
        <source>调解员名册.xlsx</source>
        <translation>mediator-roster.xlsx</translation>
    </message>
</context>
<context>
    <name>RosterList</name>
    <message>
        <source>筛选：姓名、拼音首字母、单位或类别</source>
        <translation>Filter: name, pinyin initials, organization or role</translation>
    </message>
    <message>
        <source>筛选调解员</source>
        <translation>Filter mediators</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>安排调解</source>
        <translation>Schedule session</translation>
    </message>
    <message>
        <source>时间(&amp;T)</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>地点(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>留空则为纠纷地点</source>
        <translation>Leave empty to use the place of the dispute</translation>
    </message>
    <message>
        <source>时间按北京时间。</source>
        <translation>Times are Beijing time.</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>登记送达</source>
        <translation>Record service</translation>
    </message>
    <message>
        <source>受送达人(&amp;N)</source>
        <translation>Recipie&amp;nt</translation>
    </message>
    <message>
        <source>送达日期(&amp;D)</source>
        <translation>&amp;Date served</translation>
    </message>
    <message>
        <source>送达方式(&amp;W)</source>
        <translation>Ho&amp;w served</translation>
    </message>
    <message>
        <source>签收情况(&amp;R)</source>
        <translation>&amp;Receipt</translation>
    </message>
    <message>
        <source>送达地点(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>送达人(&amp;S)</source>
        <translation>&amp;Served by</translation>
    </message>
    <message>
        <source>签收人（代收人、单位收件人）</source>
        <translation>Signed by (receiving person or officer)</translation>
    </message>
    <message>
        <source>见证人（留置送达）</source>
        <translation>Witness (service by leaving)</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <source>上次没有正常退出</source>
        <translation>The workbench did not close normally</translation>
    </message>
    <message>
        <source>工作台上次没有正常退出（程序崩溃、被强行结束或突然断电）。已保存的内容都在；笔录每 2 秒自动保存，协议草稿按上次保存的为准。</source>
        <translation>The workbench did not close normally last time (a crash, a forced quit or a power cut). Everything saved is there; records are saved every 2 seconds, agreement drafts as last saved.</translation>
    </message>
    <message>
        <source>崩溃报告（不含个人信息）已保存：{path}
可点“显示详细信息”查看并复制给技术人员。</source>
        <translation>Crash report (no personal data) saved: {path}
Click “Show Details…” to view it and copy it for the technical staff.</translation>
    </message>
    <message>
        <source>重新打开上次的案件和笔录(&amp;R)</source>
        <translation>&amp;Reopen the last case and records</translation>
    </message>
    <message>
        <source>不用了(&amp;N)</source>
        <translation>&amp;No, thanks</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>从不</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>无操作多久后自动锁定窗口（启用账户的数据；未保存的内容不会丢失）</source>
        <translation>Lock the window after this long without input (stores with accounts; nothing unsaved is lost)</translation>
    </message>
    <message>
        <source>自动锁定(&amp;K)</source>
        <translation>Auto-loc&amp;k</translation>
    </message>
    <message>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>{name}（设备标识 {tag}）</source>
        <translation>{name} (device tag {tag})</translation>
    </message>
    <message>
        <source>已加密（SQLCipher 整库加密，附件加密存放）；以账户「{user}」登录</source>
        <translation>Encrypted (whole database with SQLCipher, attachments sealed); logged in as “{user}”</translation>
    </message>
    <message>
        <source>附件已加密，但数据库未加密（管理员明确允许不加密）</source>
        <translation>Attachments are sealed, but the database is not encrypted (an administrator explicitly allowed this)</translation>
    </message>
    <message>
        <source>未加密：笔记本丢失时案件资料可被读取。点上方的“立即启用账户和加密”创建管理员账户，已有案件就地加密（先自动备份）。</source>
        <translation>Not encrypted: case data can be read if the laptop is lost. Click &quot;Set up accounts and encryption now&quot; above to create an administrator account; existing cases are encrypted in place (backed up first).</translation>
    </message>
    <message>
        <source>选择中院端文件夹（新建中院端请选一个空文件夹）</source>
        <translation>Choose the hub folder (an empty folder for a new hub)</translation>
    </message>
    <message>
        <source>已在新窗口中打开数据中心：{folder}</source>
        <translation>The data centre opened in a new window: {folder}</translation>
    </message>
    <message>
        <source>无法启动数据中心窗口：{program}</source>
        <translation>Could not start the data centre window: {program}</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>演示数据放在单独的演示工作区（{folder}），与本机的正式数据分开，不会同步到法院。
要在新窗口中打开演示工作区吗？</source>
        <translation>Demo data lives in a separate demo workspace ({folder}), apart from this computer&apos;s real data, and is never synced to the court.
Open the demo workspace in a new window?</translation>
    </message>
    <message>
        <source>打开演示工作区</source>
        <translation>Open demo workspace</translation>
    </message>
    <message>
        <source>写入本库…</source>
        <translation>Write into this store…</translation>
    </message>
    <message>
        <source>不能写入本库：{reason}</source>
        <translation>Cannot write into this store: {reason}</translation>
    </message>
    <message>
        <source>已在新窗口中打开演示工作区：{folder}</source>
        <translation>Demo workspace opened in a new window: {folder}</translation>
    </message>
    <message>
        <source>无法启动演示工作区窗口。</source>
        <translation>Could not start the demo workspace window.</translation>
    </message>
    <message>
        <source>写入本库</source>
        <translation>Write into this store</translation>
    </message>
    <message>
        <source>确定把 {count} 件虚构的演示案件写入本机的案件库吗？
它们会和正式案件混在一起；本库以后若在中院登记，演示案件也会同步到法院。通常应改用演示工作区。</source>
        <translation>Really write {count} fictitious demo cases into this computer&apos;s case store?
They will be mixed with real cases; if this store is later enrolled with the intermediate court, the demo cases will be synced to the court too. Normally use the demo workspace instead.</translation>
    </message>
    <message>
        <source>正在生成 {count} 件演示案件……</source>
        <translation>Generating {count} demo cases…</translation>
    </message>
    <message>
        <source>已生成 {disputes} 件演示案件、{sessions} 个调解场次。</source>
        <translation>Generated {disputes} demo cases and {sessions} sessions.</translation>
    </message>
    <message>
        <source>已取消，没有写入任何数据。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>生成失败，没有写入任何数据。</source>
        <translation>Generation failed; nothing was written.</translation>
    </message>
    <message>
        <source>正在生成演示数据……</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <source>正在检查……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>审计链完整：共 {events} 条记录，未发现改动。</source>
        <translation>The audit chain is intact: {events} events, no changes found.</translation>
    </message>
    <message>
        <source>审计链有 {count} 处问题：</source>
        <translation>The audit chain has {count} problems:</translation>
    </message>
    <message>
        <source>……另有 {count} 处</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>正在检查审计链……</source>
        <translation>Checking the audit chain…</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>本机所属法庭</source>
        <translation>Tribunal of this computer</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>数据目录</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>打开文件夹(&amp;O)</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>数据保护</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>重新启动后生效</source>
        <translation>Takes effect after a restart</translation>
    </message>
    <message>
        <source>字号(&amp;F)</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>笔录自动保存间隔(&amp;A)</source>
        <translation>Record &amp;autosave every</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>演示案件数(&amp;N)</source>
        <translation>Demo cases (&amp;N)</translation>
    </message>
    <message>
        <source>生成演示数据(&amp;G)</source>
        <translation>&amp;Generate demo data</translation>
    </message>
    <message>
        <source>演示数据是虚构的松原案件，用于培训和试用；放在单独的演示工作区（新窗口，标题栏标“演示”），与正式数据分开，不会同步到法院。</source>
        <translation>Demo data is fictitious Songyuan cases for training and trying out; it lives in a separate demo workspace (a new window marked “DEMO” in its title), apart from real data, and is never synced to the court.</translation>
    </message>
    <message>
        <source>审计链</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <source>检查审计链(&amp;V)</source>
        <translation>&amp;Verify audit chain</translation>
    </message>
    <message>
        <source>中院数据中心</source>
        <translation>Intermediate court data centre</translation>
    </message>
    <message>
        <source>以数据中心模式打开(&amp;H)…</source>
        <translation>Open as data centre (&amp;hub mode)…</translation>
    </message>
    <message>
        <source>中院工作人员：选择中院端文件夹，在新窗口中导入各法庭的数据包、查看设备、缺漏、隔离与冲突</source>
        <translation>For intermediate court staff: choose the hub folder to import the tribunals&apos; bundles and see devices, gaps, quarantine and conflicts in a new window</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>全部期间</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>本年度</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>上一年度</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>近 12 个月</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>一级案由</source>
        <translation>Level-1 cause</translation>
    </message>
    <message>
        <source>二级案由</source>
        <translation>Level-2 cause</translation>
    </message>
    <message>
        <source>三级案由</source>
        <translation>Level-3 cause</translation>
    </message>
    <message>
        <source>四级案由</source>
        <translation>Level-4 cause</translation>
    </message>
    <message>
        <source>按调解员</source>
        <translation>By mediator</translation>
    </message>
    <message>
        <source>按调解组织</source>
        <translation>By mediation organisation</translation>
    </message>
    <message>
        <source>按调解方式</source>
        <translation>By mediation kind</translation>
    </message>
    <message>
        <source>&lt;h2&gt;统计&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Statistics&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>全部法院</source>
        <translation>All courts</translation>
    </message>
    <message>
        <source>全部法庭</source>
        <translation>All tribunals</translation>
    </message>
    <message>
        <source>期间(&amp;P)</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>法院(&amp;C)</source>
        <translation>&amp;Court</translation>
    </message>
    <message>
        <source>法庭(&amp;T)</source>
        <translation>&amp;Tribunal</translation>
    </message>
    <message>
        <source>案由(&amp;Y)</source>
        <translation>Cause (&amp;Y)</translation>
    </message>
    <message>
        <source>白皮书正文(&amp;N)…</source>
        <translation>White paper &amp;narrative…</translation>
    </message>
    <message>
        <source>生成白皮书(&amp;W)…</source>
        <translation>&amp;White paper…</translation>
    </message>
    <message>
        <source>案由</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>调解成功</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>登记纠纷（件）</source>
        <translation>Disputes registered</translation>
    </message>
    <message>
        <source>调解成功率</source>
        <translation>Mediation success rate</translation>
    </message>
    <message>
        <source>平均化解用时（日）</source>
        <translation>Average days to resolution</translation>
    </message>
    <message>
        <source>行政争议化解（件）</source>
        <translation>Administrative disputes resolved</translation>
    </message>
    <message>
        <source>化解率（化解÷受理）</source>
        <translation>Resolution rate (resolved ÷ accepted)</translation>
    </message>
    <message>
        <source>负责人出庭应诉率</source>
        <translation>Agency-head appearance rate</translation>
    </message>
    <message>
        <source>发出司法建议（份）</source>
        <translation>Recommendations issued</translation>
    </message>
    <message>
        <source>司法建议反馈率</source>
        <translation>Recommendation reply rate</translation>
    </message>
    <message>
        <source>以庭代训观摩（人次）</source>
        <translation>Officials observing trials</translation>
    </message>
    <message>
        <source>无讼村屯（已达标）</source>
        <translation>Litigation-free villages (achieved)</translation>
    </message>
    <message>
        <source>重大项目研判涉诉案件（件）</source>
        <translation>Project-risk cases studied</translation>
    </message>
    <message>
        <source>类案建议所涉最大类案（件）</source>
        <translation>Largest cluster behind a recommendation</translation>
    </message>
    <message>
        <source>正职负责人出庭率</source>
        <translation>Chief officials&apos; court appearance rate</translation>
    </message>
    <message>
        <source>出庭又出声率</source>
        <translation>Appeared-and-spoke rate</translation>
    </message>
    <message>
        <source>协议自动履行率</source>
        <translation>Voluntary performance rate</translation>
    </message>
    <message>
        <source>重点案件正职出庭率</source>
        <translation>Chief appearance rate in key cases</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Computing statistics…</translation>
    </message>
    <message>
        <source>{level}（前 10 位）</source>
        <translation>{level} (top 10)</translation>
    </message>
    <message>
        <source>按月份（近 12 个月）</source>
        <translation>By month (last 12 months)</translation>
    </message>
    <message>
        <source>按乡镇（园区）（前 10 位）</source>
        <translation>By township or park (top 10)</translation>
    </message>
    <message>
        <source>按法庭（前 10 位）</source>
        <translation>By tribunal (top 10)</translation>
    </message>
    <message>
        <source>已结 {closed} 件，其中调解成功 {ok} 件；行政争议受理 {acc} 件；开庭审理的行政案件 {heard} 件，负责人出庭 {app} 件（正职 {chief} 件）；司法建议已反馈 {replied} 份，按期 {in_time} 份。</source>
        <translation>{closed} closed, {ok} mediated successfully; {acc} administrative disputes accepted; {heard} administrative cases heard, a head appeared in {app} ({chief} the chief); {replied} recommendations answered, {in_time} on time.</translation>
    </message>
    <message>
        <source>出庭又出声 {spoke} 件；重点案件 {key} 件，正职出庭 {key_chief} 件（重点案件：应当通知负责人出庭或重大案件协调的案件，推定）。</source>
        <translation>Appeared and spoke: {spoke}; key cases: {key}, chief appeared: {key_chief} (key cases: hearings the head had to be notified of, or major-case coordination; inferred).</translation>
    </message>
    <message>
        <source>&lt;b&gt;按案由统计&lt;/b&gt;（{level}，共 {n} 件；未定案由的列在最后）</source>
        <translation>&lt;b&gt;By cause&lt;/b&gt; ({level}, {n} cases in all; cases without a cause listed last)</translation>
    </message>
    <message>
        <source>&lt;b&gt;分组统计&lt;/b&gt;</source>
        <translation>&lt;b&gt;Grouped figures&lt;/b&gt;</translation>
    </message>
    <message>
        <source>分组(&amp;G)</source>
        <translation>&amp;Group by</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>调解组织</source>
        <translation>Mediation organisation</translation>
    </message>
    <message>
        <source>调解方式</source>
        <translation>Mediation kind</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>调解不成</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <source>成功率</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <source>平均用时（日）</source>
        <translation>Average days</translation>
    </message>
    <message>
        <source>一案有两名以上调解员的，每名调解员各计一次；合计按案件计，各行之和可能大于合计。</source>
        <translation>A case with two or more mediators counts once for each of them; the total counts cases, so the rows may add up to more than the total. </translation>
    </message>
    <message>
        <source>一案的调解员分属两个调解组织的，每个组织各计一次，同一组织只计一次；合计按案件计。</source>
        <translation>A case whose mediators belong to two organisations counts once for each, and once only for one organisation; the total counts cases. </translation>
    </message>
    <message>
        <source>调解方式为登记时所选（人民调解、行政调解、律师调解、特邀调解、法官主持调解）。</source>
        <translation>The mediation kind is the one chosen at registration (people&apos;s, administrative, lawyer, invited or judge-led mediation). </translation>
    </message>
    <message>
        <source>成功率 = 调解成功 ÷ 已结；平均用时为调解成功案件自登记至结案的平均日数。</source>
        <translation>Success rate = successful ÷ closed; average days are from registration to closing over the successful cases.</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>（未指派调解员）</source>
        <translation>(no mediator assigned)</translation>
    </message>
    <message>
        <source>（调解组织未登记）</source>
        <translation>(organisation not registered)</translation>
    </message>
    <message>
        <source>生成白皮书</source>
        <translation>Generate white paper</translation>
    </message>
    <message>
        <source>{year}年度行政审判白皮书.pdf</source>
        <translation>{year} administrative adjudication white paper.pdf</translation>
    </message>
    <message>
        <source>正在生成白皮书…</source>
        <translation>Generating the white paper…</translation>
    </message>
    <message>
        <source>已生成 {path}（{pages} 页）</source>
        <translation>Wrote {path} ({pages} pages)</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <source>中止调解</source>
        <translation>Suspend mediation</translation>
    </message>
    <message>
        <source>如 一方当事人患病、等待鉴定结果</source>
        <translation>e.g. a party is ill, awaiting an appraisal</translation>
    </message>
    <message>
        <source>中止原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>中止日期(&amp;D)</source>
        <translation>Suspension &amp;date</translation>
    </message>
    <message>
        <source>中止期间调解期限不计算；恢复时调解期限按中止天数顺延（推定规则，见参考数据 deadlines.json）。中止和恢复记入本案日志。</source>
        <translation>While suspended the mediation period does not run; on resumption it is extended by the days suspended (an inferred rule, see the reference data deadlines.json). Suspension and resumption are recorded in the case log.</translation>
    </message>
    <message>
        <source>中止(&amp;S)</source>
        <translation>&amp;Suspend</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>本机尚未在中院登记：生成登记申请文件交中院批准后安装授权文件，或有网络时“经网络申请登记”。</source>
        <translation>This computer is not enrolled with the intermediate court yet: make an enrollment request file, have the court approve it and install the grant file, or use “Enroll over the network” when online.</translation>
    </message>
    <message>
        <source>{name}（{root}，可用 {free} GB）</source>
        <translation>{name} ({root}, {free} GB free)</translation>
    </message>
    <message>
        <source>只有{who}可以{action}</source>
        <translation>Only {who} may do this ({action})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;同步&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sync&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>数据交换(&amp;S)</source>
        <translation>Data &amp;sync</translation>
    </message>
    <message>
        <source>冲突复核(&amp;C)</source>
        <translation>&amp;Conflict review</translation>
    </message>
    <message>
        <source>隔离记录(&amp;Q)</source>
        <translation>&amp;Quarantined records</translation>
    </message>
    <message>
        <source>本机与中院</source>
        <translation>This computer and the intermediate court</translation>
    </message>
    <message>
        <source>中院：</source>
        <translation>Intermediate court:</translation>
    </message>
    <message>
        <source>上次导出：</source>
        <translation>Last export:</translation>
    </message>
    <message>
        <source>上次回执：</source>
        <translation>Last receipt:</translation>
    </message>
    <message>
        <source>待发送：</source>
        <translation>Pending:</translation>
    </message>
    <message>
        <source>设备登记</source>
        <translation>Device enrolment</translation>
    </message>
    <message>
        <source>生成登记申请(&amp;R)…</source>
        <translation>Create enrolment &amp;request…</translation>
    </message>
    <message>
        <source>安装中院授权(&amp;G)…</source>
        <translation>Install &amp;grant from intermediate court…</translation>
    </message>
    <message>
        <source>经网络申请登记(&amp;W)…</source>
        <translation>Request enrollment over the net&amp;work…</translation>
    </message>
    <message>
        <source>取回中院授权(&amp;F)</source>
        <translation>&amp;Fetch the hub&apos;s grant</translation>
    </message>
    <message>
        <source>U 盘交换</source>
        <translation>USB stick exchange</translation>
    </message>
    <message>
        <source>导出到 U 盘(&amp;E)</source>
        <translation>&amp;Export to USB stick</translation>
    </message>
    <message>
        <source>导出到其他文件夹…</source>
        <translation>Export to another folder…</translation>
    </message>
    <message>
        <source>移动磁盘：</source>
        <translation>Removable drive:</translation>
    </message>
    <message>
        <source>应用中院回执(&amp;A)…</source>
        <translation>&amp;Apply receipt from intermediate court…</translation>
    </message>
    <message>
        <source>法院网络</source>
        <translation>Court network</translation>
    </message>
    <message>
        <source>经网络同步(&amp;N)</source>
        <translation>Sync over &amp;network</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>待发送明细：{text}</source>
        <translation>Pending details: {text}</translation>
    </message>
    <message>
        <source>授权中没有中院端网络地址</source>
        <translation>The grant contains no network address for the hub</translation>
    </message>
    <message>
        <source>（未发现 U 盘，可用“导出到其他文件夹”）</source>
        <translation>(No USB stick found; use “Export to another folder”)</translation>
    </message>
    <message>
        <source>已生成登记申请 {path}（设备 {tag}），请交中院批准。</source>
        <translation>Enrolment request {path} created (device {tag}); please submit it to the intermediate court for approval.</translation>
    </message>
    <message>
        <source>中院已批准本机：请按“取回中院授权”。</source>
        <translation>The hub approved this laptop: press &quot;Fetch the hub&apos;s grant&quot;.</translation>
    </message>
    <message>
        <source>登记申请已送达中院。请把核对码 {code} 告诉中院工作人员（电话或当面），中院批准后按“取回中院授权”。</source>
        <translation>The request reached the hub. Tell the hub staff the code {code} (by phone or in person); once they approve, press &quot;Fetch the hub&apos;s grant&quot;.</translation>
    </message>
    <message>
        <source>正在向中院发送登记申请……</source>
        <translation>Sending the enrollment request to the hub…</translation>
    </message>
    <message>
        <source>中院尚未批准，核对码 {code}。批准后再按“取回中院授权”。</source>
        <translation>Not approved yet (code {code}). Press &quot;Fetch the hub&apos;s grant&quot; again once it is.</translation>
    </message>
    <message>
        <source>中院驳回了本机的登记申请：{reason}</source>
        <translation>The hub rejected this laptop&apos;s request: {reason}</translation>
    </message>
    <message>
        <source>已安装授权：本机可向「{hub}」同步。请与中院工作人员核对中院密钥码 {code}，不符请勿同步并报告中院。</source>
        <translation>Grant installed: this laptop can sync with &quot;{hub}&quot;. Compare the hub key code {code} with the hub staff; if it differs, do not sync and report it.</translation>
    </message>
    <message>
        <source>正在向中院取回授权……</source>
        <translation>Fetching the grant from the hub…</translation>
    </message>
    <message>
        <source>已安装授权：本机可向「{hub}」同步。</source>
        <translation>Grant installed: this computer can now sync with “{hub}”.</translation>
    </message>
    <message>
        <source>已应用回执：正式案号 {n} 个，更新记录 {m} 条。</source>
        <translation>Receipt applied: {n} official case numbers received, {m} records updated.</translation>
    </message>
    <message>
        <source>被隔离：{reason}</source>
        <translation>Quarantined: {reason}</translation>
    </message>
    <message>
        <source>参考数据更新：{change}</source>
        <translation>Reference data updated: {change}</translation>
    </message>
    <message>
        <source>本机已被中院停用：{reason}</source>
        <translation>This computer has been deactivated by the intermediate court: {reason}</translation>
    </message>
    <message>
        <source>已导出第 {seq} 个数据包：{rows} 条记录、{blobs} 个附件，写入 {folder}（{n} 个文件）。中院回执导入之前，这些数据仍算待发送。</source>
        <translation>Exported bundle no. {seq}: {rows} records and {blobs} attachments, written to {folder} ({n} files). Until the intermediate court’s receipt is applied, this data still counts as pending.</translation>
    </message>
    <message>
        <source>已取消，U 盘上没有留下文件。</source>
        <translation>Cancelled; no files were left on the USB stick.</translation>
    </message>
    <message>
        <source>正在加密导出……</source>
        <translation>Encrypting and exporting…</translation>
    </message>
    <message>
        <source>正在与中院同步……</source>
        <translation>Syncing with the intermediate court…</translation>
    </message>
    <message>
        <source>保存登记申请</source>
        <translation>Save enrolment request</translation>
    </message>
    <message>
        <source>经网络申请登记</source>
        <translation>Request enrollment over the network</translation>
    </message>
    <message>
        <source>中院端地址（中院信息技术部门提供，如 https://10.22.1.5:8443）：</source>
        <translation>Hub address (from the court&apos;s IT department, e.g. https://10.22.1.5:8443):</translation>
    </message>
    <message>
        <source>选择中院授权文件</source>
        <translation>Choose grant file from the intermediate court</translation>
    </message>
    <message>
        <source>选择中院回执</source>
        <translation>Choose receipt from the intermediate court</translation>
    </message>
    <message>
        <source>回执 (*.fyr)</source>
        <translation>Receipts (*.fyr)</translation>
    </message>
    <message>
        <source>选择导出文件夹</source>
        <translation>Choose export folder</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>UnprotectedBanner</name>
    <message>
        <source>数据未加密、未设账户：笔记本丢失或被借用时，当事人的身份证号、住址、电话都能被读取。</source>
        <translation>Data not encrypted, no accounts: if the laptop is lost or borrowed, the parties&apos; ID numbers, addresses and phone numbers can be read.</translation>
    </message>
    <message>
        <source>（{day} 首次启动时选择了暂不设置）</source>
        <translation>(&quot;not now&quot; was chosen at the first start on {day})</translation>
    </message>
    <message>
        <source>立即启用账户和加密…</source>
        <translation>Set up accounts and encryption now…</translation>
    </message>
    <message>
        <source>立即启用账户和加密(&amp;P)…</source>
        <translation>Set u&amp;p accounts and encryption now…</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <source>{label}：{reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>调解结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>案由</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>法庭</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>调解场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>输出文件</source>
        <translation>Output file</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>中院端地址</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>人民调解纠纷类型</source>
        <translation>People&apos;s mediation type</translation>
    </message>
    <message>
        <source>调解方式</source>
        <translation>Mediation kind</translation>
    </message>
    <message>
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>账户名</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>调解时间</source>
        <translation>Session time</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>民事行为能力</source>
        <translation>Civil capacity</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>笔录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>接受委派日期</source>
        <translation>Date the assignment was accepted</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>正式案号</source>
        <translation>Official case number</translation>
    </message>
    <message>
        <source>代理权限</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>授权事项</source>
        <translation>Powers granted</translation>
    </message>
    <message>
        <source>法定代理人身份证号码</source>
        <translation>Guardian&apos;s ID number</translation>
    </message>
    <message>
        <source>法定代理人姓名</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <source>与当事人关系</source>
        <translation>Relation to the party</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>调解协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>调解协议不完整</source>
        <translation>Agreement incomplete</translation>
    </message>
    <message>
        <source>协议类型</source>
        <translation>Agreement kind</translation>
    </message>
    <message>
        <source>签署日期</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>当事人签署资格</source>
        <translation>Parties&apos; capacity to sign</translation>
    </message>
    <message>
        <source>安排调解</source>
        <translation>Schedule session</translation>
    </message>
    <message>
        <source>参加人身份</source>
        <translation>Participant&apos;s role</translation>
    </message>
    <message>
        <source>调解笔录</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <source>原调解员</source>
        <translation>Former mediator</translation>
    </message>
    <message>
        <source>新调解员</source>
        <translation>New mediator</translation>
    </message>
    <message>
        <source>纠纷地点</source>
        <translation>Place of dispute</translation>
    </message>
    <message>
        <source>延长天数</source>
        <translation>Days of extension</translation>
    </message>
    <message>
        <source>延长调解期限</source>
        <translation>Extend mediation period</translation>
    </message>
    <message>
        <source>各方同意</source>
        <translation>Consent of all parties</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>回访任务</source>
        <translation>Follow-up task</translation>
    </message>
    <message>
        <source>已履行金额</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>法官姓名</source>
        <translation>Judge&apos;s name</translation>
    </message>
    <message>
        <source>书记员姓名</source>
        <translation>Clerk&apos;s name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>必填，不能为空</source>
        <translation>is required and cannot be empty</translation>
    </message>
    <message>
        <source>过长：{0} 个字符，最多 {1} 个</source>
        <translation>too long: {0} characters, at most {1}</translation>
    </message>
    <message>
        <source>含有不能保存的不可见或控制字符</source>
        <translation>contains invisible or control characters that cannot be saved</translation>
    </message>
    <message>
        <source>文件类型不对（请看文件名的结尾）</source>
        <translation>wrong file type (check the end of the file name)</translation>
    </message>
    <message>
        <source>超出允许的范围</source>
        <translation>out of the allowed range</translation>
    </message>
    <message>
        <source>本机数据已启用账户；请由管理员添加账户</source>
        <translation>accounts are already enabled for this computer&apos;s data; an administrator adds accounts</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>cannot be empty</translation>
    </message>
    <message>
        <source>缺少时区</source>
        <translation>time zone missing</translation>
    </message>
    <message>
        <source>至少 1 人</source>
        <translation>at least 1 person</translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>the amount cannot be negative</translation>
    </message>
    <message>
        <source>金额过大，请核对</source>
        <translation>the amount is too large, please check it</translation>
    </message>
    <message>
        <source>金额最多精确到分（两位小数）</source>
        <translation>amounts have at most two decimals (fen)</translation>
    </message>
    <message>
        <source>不能停用自己的账户</source>
        <translation>you cannot disable your own account</translation>
    </message>
    <message>
        <source>协议没有任何当事人的签名栏</source>
        <translation>the agreement has no signature line for any party</translation>
    </message>
    <message>
        <source>至少需要一条</source>
        <translation>at least one is needed</translation>
    </message>
    <message>
        <source>没有调解员，无法留出调解员签名栏</source>
        <translation>there is no mediator, so no mediator&apos;s signature line can be left</translation>
    </message>
    <message>
        <source>缺少公民身份号码</source>
        <translation>the citizen ID number is missing</translation>
    </message>
    <message>
        <source>缺少统一社会信用代码</source>
        <translation>the unified social credit code is missing</translation>
    </message>
    <message>
        <source>缺少法定代表人或负责人</source>
        <translation>the legal representative or person in charge is missing</translation>
    </message>
    <message>
        <source>缺少住址或住所地</source>
        <translation>the address or domicile is missing</translation>
    </message>
    <message>
        <source>没有履行期限</source>
        <translation>no deadline for performance</translation>
    </message>
    <message>
        <source>没有履行方式</source>
        <translation>no method of performance</translation>
    </message>
    <message>
        <source>没有写明义务人</source>
        <translation>the obligor is not named</translation>
    </message>
    <message>
        <source>字符「{0}」（U+{1}）在所有可用字体中都没有字形，无法打印；请核对或改用通用字</source>
        <translation>the character “{0}” (U+{1}) has no glyph in any available font and cannot be printed; please check it or use a common character</translation>
    </message>
    <message>
        <source>引用了未登记的法条「{0}」（见 citations.json）</source>
        <translation>cites an unregistered legal provision “{0}” (see citations.json)</translation>
    </message>
    <message>
        <source>缺少必需的文字「{0}」</source>
        <translation>the required text “{0}” is missing</translation>
    </message>
    <message>
        <source>没有「{0}」的模板</source>
        <translation>there is no template for “{0}”</translation>
    </message>
    <message>
        <source>占位符「{{{0}}}」没有对应的数据</source>
        <translation>the placeholder “{{{0}}}” has no data</translation>
    </message>
    <message>
        <source>必须包含占位符 {0}</source>
        <translation>must contain the placeholder {0}</translation>
    </message>
    <message>
        <source>法院代字 {0} 不在代字表中</source>
        <translation>court code {0} is not in the court code table</translation>
    </message>
    <message>
        <source>类型代字 {0} 不在类型代字表中</source>
        <translation>type code {0} is not in the type code table</translation>
    </message>
    <message>
        <source>缺少法院代字</source>
        <translation>the court code is missing</translation>
    </message>
    <message>
        <source>缺少类型代字</source>
        <translation>the type code is missing</translation>
    </message>
    <message>
        <source>开头应为四位年度，如（{0}）</source>
        <translation>should begin with a four-digit year, e.g. ({0})</translation>
    </message>
    <message>
        <source>开头应为四位年度，如（{0}），实际为 {1}</source>
        <translation>should begin with a four-digit year, e.g. ({0}); found {1}</translation>
    </message>
    <message>
        <source>年度 {0} 早于{1}年</source>
        <translation>year {0} is earlier than {1}</translation>
    </message>
    <message>
        <source>年度 {0} 晚于当前年度 {1}</source>
        <translation>year {0} is later than the current year {1}</translation>
    </message>
    <message>
        <source>结尾应为案件序号加“号”，如“15号”，实际为“{0}”</source>
        <translation>should end with the case sequence number and “号”, e.g. “15号”; found “{0}”</translation>
    </message>
    <message>
        <source>案件序号 {0} 不应以0开头</source>
        <translation>case sequence number {0} must not start with 0</translation>
    </message>
    <message>
        <source>{0} 的法院代字是 {1}（{2}），本案属于{3}（{4}）：请核对案号</source>
        <translation>the court code of {0} is {1} ({2}), but this case belongs to {3} ({4}): please check the case number</translation>
    </message>
    <message>
        <source>{0} 的类型代字是 {1}（{2}）；{3}案件应为 {4}</source>
        <translation>the type code of {0} is {1} ({2}); a {3} case should have {4}</translation>
    </message>
    <message>
        <source>“{0}”不是临时编号，应形如 临-开发区-2026-K7Q2-0007</source>
        <translation>“{0}” is not a provisional number; it should look like 临-开发区-2026-K7Q2-0007</translation>
    </message>
    <message>
        <source>序号应从1开始</source>
        <translation>the sequence number should start at 1</translation>
    </message>
    <message>
        <source>{0}不能为空或只有标点：请给出案件编号、正式案号或内部 ID</source>
        <translation>{0} cannot be empty or only punctuation: give a case number, an official case number or an internal ID</translation>
    </message>
    <message>
        <source>案件序号应从1开始</source>
        <translation>the case sequence number should start at 1</translation>
    </message>
    <message>
        <source>「{0}」不是《民事案件案由规定》或《行政案件案由暂行规定》中的案由{1}</source>
        <translation>“{0}” is not a cause in the Provisions on Causes of Civil Cases or the Interim Provisions on Causes of Administrative Cases{1}</translation>
    </message>
    <message>
        <source>必须填写（可输入名称、代码或拼音首字母，如 mmht → 买卖合同纠纷）</source>
        <translation>required (enter a name, a code or pinyin initials, e.g. mmht → 买卖合同纠纷)</translation>
    </message>
    <message>
        <source>「{0}」在目录中不止一处，请写代码：{1}</source>
        <translation>“{0}” appears more than once in the catalogue; please give the code: {1}</translation>
    </message>
    <message>
        <source>旧纠纷类型「{0}」对应几个案由，请选择其一：{1}</source>
        <translation>the old dispute category “{0}” matches several causes; please choose one: {1}</translation>
    </message>
    <message>
        <source>「{0}」不是人民调解纠纷类型；可选：{1}</source>
        <translation>“{0}” is not a people&apos;s mediation dispute type; choose from: {1}</translation>
    </message>
    <message>
        <source>《{0}》中没有代码「{1}」</source>
        <translation>《{0}》 has no code “{1}”</translation>
    </message>
    <message>
        <source>没有名为 {0} 的案由目录</source>
        <translation>there is no cause catalogue named {0}</translation>
    </message>
    <message>
        <source>《{0}》中没有代码为 {1} 的条目</source>
        <translation>《{0}》 has no entry with code {1}</translation>
    </message>
    <message>
        <source>日期「{0}」无效，应为 YYYY-MM-DD</source>
        <translation>date “{0}” is invalid; it should be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>日期「{0}」的年份应在 {1}–{2} 之间</source>
        <translation>the year of date “{0}” should be between {1} and {2}</translation>
    </message>
    <message>
        <source>日期「{0}」不存在</source>
        <translation>date “{0}” does not exist</translation>
    </message>
    <message>
        <source>{0} 不是有效的手机号码或固定电话（共{1}位）</source>
        <translation>{0} is not a valid mobile or landline number ({1} digits)</translation>
    </message>
    <message>
        <source>出生日期 {0} 早于1900年1月1日</source>
        <translation>date of birth {0} is before 1 January 1900</translation>
    </message>
    <message>
        <source>出生日期 {0} 晚于今天（{1}）</source>
        <translation>date of birth {0} is after today ({1})</translation>
    </message>
    <message>
        <source>应为18位，实际为{0}位</source>
        <translation>should be 18 characters; found {0}</translation>
    </message>
    <message>
        <source>含有无效字符“{0}”</source>
        <translation>contains an invalid character “{0}”</translation>
    </message>
    <message>
        <source>出生日期 {0} 不存在</source>
        <translation>date of birth {0} does not exist</translation>
    </message>
    <message>
        <source>15位旧号码应全部为数字，第{0}位为“{1}”</source>
        <translation>an old 15-digit number should be all digits; character {0} is “{1}”</translation>
    </message>
    <message>
        <source>第{0}位“{1}”不是有效字符，应为{2}</source>
        <translation>character {0} “{1}” is not valid; it should be {2}</translation>
    </message>
    <message>
        <source>第{0}位为字母 {1}，统一社会信用代码不使用 I、O、Z、S、V，请核对是否为数字</source>
        <translation>character {0} is the letter {1}; the unified social credit code does not use I, O, Z, S or V — please check whether it is a digit</translation>
    </message>
    <message>
        <source>第{0}位“{1}”不是有效字符</source>
        <translation>character {0} “{1}” is not valid</translation>
    </message>
    <message>
        <source>手机号码应为11位，实际为{0}位</source>
        <translation>a mobile number should have 11 digits; found {0}</translation>
    </message>
    <message>
        <source>手机号码第2位应为3–9，实际为 {0}</source>
        <translation>the second digit of a mobile number should be 3–9; found {0}</translation>
    </message>
    <message>
        <source>松原固定电话（区号0438）后应为7–8位号码，实际为{0}位</source>
        <translation>a Songyuan landline (area code 0438) should have 7–8 digits after the area code; found {0}</translation>
    </message>
    <message>
        <source>固定电话区号 {0} 后应为7–8位号码，实际为{1}位</source>
        <translation>a landline should have 7–8 digits after area code {0}; found {1}</translation>
    </message>
    <message>
        <source>港澳台居民居住证号码前6位应为810000、820000或830000，实际为 {0}</source>
        <translation>a residence permit number for Hong Kong, Macao and Taiwan residents should begin with 810000, 820000 or 830000; found {0}</translation>
    </message>
    <message>
        <source>地址码前两位 {0} 不是有效的省级代码</source>
        <translation>the first two digits {0} of the address code are not a valid province code</translation>
    </message>
    <message>
        <source>「{0}」不是可设置的参考数据项；可选：{1}</source>
        <translation>“{0}” is not a reference data item that can be set; choose from: {1}</translation>
    </message>
    <message>
        <source>应至少有一项（如 默认=6500.00 或 吉0702=宁）</source>
        <translation>should have at least one entry (e.g. 默认=6500.00 or 吉0702=宁)</translation>
    </message>
    <message>
        <source>须有“默认”一项（未单列的县区用它）</source>
        <translation>must have a “默认” (default) entry, used for districts not listed</translation>
    </message>
    <message>
        <source>应为整数（{0}），实为「{1}」</source>
        <translation>should be a whole number ({0}); found “{1}”</translation>
    </message>
    <message>
        <source>{0}{1} 超出允许范围 {2}</source>
        <translation>{0}{1} is outside the allowed range {2}</translation>
    </message>
    <message>
        <source>「{0}」不是整数</source>
        <translation>“{0}” is not a whole number</translation>
    </message>
    <message>
        <source>「{0}」应写成 代码=值（多项用；分隔）</source>
        <translation>“{0}” should be written as code=value (separate several with ；)</translation>
    </message>
    <message>
        <source>「{0}」不是县区代码（6 位数字，如 220702）或“默认”</source>
        <translation>“{0}” is not a district code (6 digits, e.g. 220702) or “默认” (default)</translation>
    </message>
    <message>
        <source>{0} 的金额应大于 0 且不超过 1,000,000.00 元</source>
        <translation>the amount of {0} should be more than 0 and at most 1,000,000.00 yuan</translation>
    </message>
    <message>
        <source>「{0}」不是法院代字（如 吉0702）</source>
        <translation>“{0}” is not a court code (e.g. 吉0702)</translation>
    </message>
    <message>
        <source>{0} 的简称应为 1 至 4 个汉字，实为「{1}」</source>
        <translation>the short name of {0} should be 1 to 4 Chinese characters; found “{1}”</translation>
    </message>
    <message>
        <source>JSON 格式不对</source>
        <translation>the JSON format is wrong</translation>
    </message>
    <message>
        <source>{0} 的金额最多到分</source>
        <translation>the amount of {0} can have at most two decimal places (fen)</translation>
    </message>
    <message>
        <source>{0} 的金额「{1}」不是数字</source>
        <translation>the amount “{1}” of {0} is not a number</translation>
    </message>
    <message>
        <source>{0} 早于文书的打印日期 {1}：文书打印之前不能送达</source>
        <translation>{0} is earlier than the date the paper was printed, {1}: a paper cannot be served before it is printed</translation>
    </message>
    <message>
        <source>{0}的签收情况只能是{1}{2}</source>
        <translation>for {0}, the receipt can only be: {1}{2}</translation>
    </message>
    <message>
        <source>{0}须写明见证人（姓名、单位）</source>
        <translation>{0} requires a witness (name and work unit)</translation>
    </message>
    <message>
        <source>不能把案件从「{0}」改为「{1}」。{2}。</source>
        <translation>the case cannot change from “{0}” to “{1}”. {2}.</translation>
    </message>
    <message>
        <source>应为 1–64 个可见字符</source>
        <translation>should be 1–64 visible characters</translation>
    </message>
    <message>
        <source>本机缺少数据库加密组件 sqlcipher3，不能以不加密的方式保存当事人的个人信息。请安装 sqlcipher3；确需暂时不加密时，须由管理员明确允许，并记入审计链。</source>
        <translation>the database encryption component sqlcipher3 is missing on this computer, so the parties&apos; personal data cannot be stored unencrypted. Please install sqlcipher3; if the data must stay unencrypted for a while, an administrator has to allow it explicitly, which is recorded in the audit chain.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>the two passwords do not match</translation>
    </message>
    <message>
        <source>本机缺少数据库加密组件 sqlcipher3，不能在此启用加密；请安装 sqlcipher3 后再试。</source>
        <translation>the database encryption component sqlcipher3 is missing on this computer, so encryption cannot be enabled here; please install sqlcipher3 and try again.</translation>
    </message>
    <message>
        <source>本机数据尚未启用账户：请先由管理员启用账户</source>
        <translation>accounts are not yet enabled for this computer&apos;s data: an administrator must enable accounts first</translation>
    </message>
    <message>
        <source>「{0}」不是角色</source>
        <translation>“{0}” is not a role</translation>
    </message>
    <message>
        <source>未登录：不能添加账户</source>
        <translation>not logged in: cannot add an account</translation>
    </message>
    <message>
        <source>未能删除账户「{0}」的密钥副本，账户未停用</source>
        <translation>the key copy of account “{0}” could not be removed; the account was not disabled</translation>
    </message>
    <message>
        <source>未登录：不能启用账户</source>
        <translation>not logged in: cannot enable an account</translation>
    </message>
    <message>
        <source>账户「{0}」已停用或不存在</source>
        <translation>account “{0}” is disabled or does not exist</translation>
    </message>
    <message>
        <source>账户「{0}」已存在</source>
        <translation>account “{0}” already exists</translation>
    </message>
    <message>
        <source>没有账户「{0}」</source>
        <translation>there is no account “{0}”</translation>
    </message>
    <message>
        <source>账户「{0}」已停用：恢复密钥不能重新启用它，须由管理员启用</source>
        <translation>account “{0}” is disabled: the recovery key cannot re-enable it; an administrator must enable it</translation>
    </message>
    <message>
        <source>找不到调解协议 {0}</source>
        <translation>agreement {0} not found</translation>
    </message>
    <message>
        <source>第 {0} 版调解协议{1}，不能修改；如需更正，请“创建更正版本”。</source>
        <translation>version {0} of the agreement is “{1}” and cannot be changed; to correct it, use “Create corrected version”.</translation>
    </message>
    <message>
        <source>{0} 晚于今天，协议尚未签署时不能定稿</source>
        <translation>{0} is later than today; an agreement not yet signed cannot be finalized</translation>
    </message>
    <message>
        <source>本案已有一份草稿，请修改该草稿</source>
        <translation>this case already has a draft; edit that draft</translation>
    </message>
    <message>
        <source>只有已定稿的协议才需要创建更正版本；草稿可直接修改</source>
        <translation>only a finalized agreement needs a correction; a draft can be edited directly</translation>
    </message>
    <message>
        <source>本案已有第 {0} 版草稿，请修改该草稿</source>
        <translation>this case already has a draft (version {0}); please edit that draft</translation>
    </message>
    <message>
        <source>「{0}」无效；可选：{1}</source>
        <translation>“{0}” is invalid; choose from: {1}</translation>
    </message>
    <message>
        <source>文件不存在或不是普通文件：{0}</source>
        <translation>the file does not exist or is not a regular file: {0}</translation>
    </message>
    <message>
        <source>{0} 是空文件（0 字节）：请确认扫描或拍照已保存</source>
        <translation>{0} is an empty file (0 bytes): please check that the scan or photo was saved</translation>
    </message>
    <message>
        <source>磁盘空间不足：{0} 所在的磁盘可用 {1} MB，这份备份约需 {2} MB，请至少腾出约 {3} MB 或换一个 U 盘。没有留下不完整的备份，数据库未受影响。</source>
        <translation>not enough disk space: the disk of {0} has {1} MB free, this backup needs about {2} MB; please free at least about {3} MB or use another USB drive. No incomplete backup was left behind and the database is unaffected.</translation>
    </message>
    <message>
        <source>只有本机 SQLite 数据库可在此备份；PostgreSQL 请用 pg_dump</source>
        <translation>only a local SQLite database can be backed up here; for PostgreSQL use pg_dump</translation>
    </message>
    <message>
        <source>找不到备份文件 {0}</source>
        <translation>backup file {0} not found</translation>
    </message>
    <message>
        <source>{0} 未通过完整性检查或不能用本机密钥打开（{1}）；现有数据未作改动</source>
        <translation>{0} failed the integrity check or cannot be opened with this computer&apos;s key ({1}); the existing data was not changed</translation>
    </message>
    <message>
        <source>无法使用文件夹 {0}（{1}）</source>
        <translation>the folder {0} cannot be used ({1})</translation>
    </message>
    <message>
        <source>未能写入 {0}（{1}）：磁盘可能已满或已被拔出。没有留下不完整的备份，数据库未受影响。</source>
        <translation>could not write {0} ({1}): the disk may be full or was removed. No incomplete backup was left behind and the database is unaffected.</translation>
    </message>
    <message>
        <source>「{0}」不能批量写入；可写：{1}</source>
        <translation>“{0}” cannot be written in bulk; writable: {1}</translation>
    </message>
    <message>
        <source>只接受 .csv 或 .json 文件，实为「{0}」</source>
        <translation>only .csv or .json files are accepted; found “{0}”</translation>
    </message>
    <message>
        <source>找不到文件 {0}</source>
        <translation>file {0} not found</translation>
    </message>
    <message>
        <source>没有日期条目</source>
        <translation>there are no date entries</translation>
    </message>
    <message>
        <source>「{0}」不是有效年份</source>
        <translation>“{0}” is not a valid year</translation>
    </message>
    <message>
        <source>{0} 年的官方安排尚未导入：没有可导出的官方安排</source>
        <translation>the official schedule for {0} has not been imported: there is no official schedule to export</translation>
    </message>
    <message>
        <source>缺少列：{0}；应有：日期、类型、名称</source>
        <translation>missing columns: {0}; expected: 日期, 类型, 名称 (date, type, name)</translation>
    </message>
    <message>
        <source>JSON 应为日期条目的列表（或含 days 列表的对象）</source>
        <translation>the JSON should be a list of date entries (or an object with a days list)</translation>
    </message>
    <message>
        <source>只能导出为 .csv 或 .json，实为「{0}」</source>
        <translation>can only export as .csv or .json; found “{0}”</translation>
    </message>
    <message>
        <source>不是有效的 JSON：{0}</source>
        <translation>not valid JSON: {0}</translation>
    </message>
    <message>
        <source>「{0}」已不在调解员名册中</source>
        <translation>“{0}” is no longer in the mediator roster</translation>
    </message>
    <message>
        <source>「{0}」是{1}，不是调解员；只能指派人民调解员、行政调解员、律师调解员或特邀调解员</source>
        <translation>“{0}” is a {1}, not a mediator; only people&apos;s, administrative, lawyer or invited mediators can be assigned</translation>
    </message>
    <message>
        <source>{0} 晚于今天</source>
        <translation>{0} is later than today</translation>
    </message>
    <message>
        <source>本案有 {0} 次调解，没有第 {1} 次</source>
        <translation>this case has {0} mediation sessions; there is no session {1}</translation>
    </message>
    <message>
        <source>本案还没有安排调解</source>
        <translation>no mediation session has been scheduled for this case yet</translation>
    </message>
    <message>
        <source>找不到调解场次 {0}</source>
        <translation>mediation session {0} not found</translation>
    </message>
    <message>
        <source>案件状态为「{0}」，不能再{1}</source>
        <translation>the case status is “{0}”; it can no longer {1}</translation>
    </message>
    <message>
        <source>这次调解{0}，不能{1}</source>
        <translation>this mediation session is “{0}”; it cannot {1}</translation>
    </message>
    <message>
        <source>这次调解已有笔录（第 {0} 版），不能{1}；如需再次调解，请另行安排</source>
        <translation>this mediation session already has a record (version {0}) and cannot {1}; to mediate again, schedule a new session</translation>
    </message>
    <message>
        <source>没有这个当事人：{0}</source>
        <translation>there is no such party: {0}</translation>
    </message>
    <message>
        <source>案件状态为「{0}」，不能再更换调解员（调解员已写入协议或结案文书）</source>
        <translation>the case status is “{0}”; the mediators can no longer be changed (they are written into the agreement or closing papers)</translation>
    </message>
    <message>
        <source>「{0}」已是本案的调解员</source>
        <translation>“{0}” is already a mediator of this case</translation>
    </message>
    <message>
        <source>「{0}」不是本案的调解员；本案调解员：{1}</source>
        <translation>“{0}” is not a mediator of this case; its mediators: {1}</translation>
    </message>
    <message>
        <source>{0} 早于登记日期 {1}</source>
        <translation>{0} is earlier than the registration date {1}</translation>
    </message>
    <message>
        <source>案件状态为「{0}」，不能再修改</source>
        <translation>the case status is “{0}”; it can no longer be changed</translation>
    </message>
    <message>
        <source>这个号码已登记在当事人「{0}」名下；请核对身份证原件</source>
        <translation>this number is already registered to party “{0}”; please check the original ID card</translation>
    </message>
    <message>
        <source>本案没有申请人或被申请人，无法打印</source>
        <translation>this case has no applicant or respondent and cannot be printed</translation>
    </message>
    <message>
        <source>本案没有验证码或编号为「{0}」的已打印文书；本案可送达的文书：{1}</source>
        <translation>this case has no printed paper with the verification code or number “{0}”; papers of this case that can be served: {1}</translation>
    </message>
    <message>
        <source>本案没有验证码或编号为「{0}」的已打印文书；请先打印要送达的文书（通知书、告知书、协议书等）</source>
        <translation>this case has no printed paper with the verification code or number “{0}”; please first print the paper to serve (notice, information letter, agreement, …)</translation>
    </message>
    <message>
        <source>{0}不向当事人送达；可送达的文书：{1}</source>
        <translation>{0} is not served on the parties; papers that can be served: {1}</translation>
    </message>
    <message>
        <source>第 {0} 版{1}已被第 {2} 版取代，请送达现行版本</source>
        <translation>version {0} of {1} has been superseded by version {2}; please serve the current version</translation>
    </message>
    <message>
        <source>指定受送达人或送达方式时，须同时指定所送达的文书（其验证码）</source>
        <translation>when naming the person to serve or the method of service, also name the paper served (its verification code)</translation>
    </message>
    <message>
        <source>「{0}」不是本案的当事人；可选：{1}（代理人代收的，选其所代理的当事人）</source>
        <translation>“{0}” is not a party of this case; choose from: {1} (for papers received by an agent, choose the party they represent)</translation>
    </message>
    <message>
        <source>找不到这份司法建议书的记录</source>
        <translation>the record of this judicial recommendation cannot be found</translation>
    </message>
    <message>
        <source>司法建议书的受送达人是被建议单位「{0}」，不是「{1}」</source>
        <translation>the person served with a judicial recommendation is the unit it is addressed to, “{0}”, not “{1}”</translation>
    </message>
    <message>
        <source>本案没有编号为「{0}」的送达记录；已登记的送达见案件的文书页</source>
        <translation>this case has no service record numbered “{0}”; the services recorded are on the case&apos;s Papers page</translation>
    </message>
    <message>
        <source>按送达记录打印时，文书、受送达人和送达方式都取自该记录，不再另行指定</source>
        <translation>when printing from a service record, the paper, the person served and the method of service are taken from that record and are not given separately</translation>
    </message>
    <message>
        <source>无法按「{0}」排序；可选：{1}</source>
        <translation>cannot sort by “{0}”; choose from: {1}</translation>
    </message>
    <message>
        <source>找不到案件「{0}」（可用案件编号、正式案号或内部 ID）</source>
        <translation>case “{0}” not found (use the case number, official case number or internal ID)</translation>
    </message>
    <message>
        <source>「{0}」不是纠纷类型</source>
        <translation>“{0}” is not a dispute category</translation>
    </message>
    <message>
        <source>「{0}」不是案由目录；可选：civil（民事）、admin（行政）、people（人民调解）</source>
        <translation>“{0}” is not a cause catalogue; choose from: civil, admin, people (people&apos;s mediation)</translation>
    </message>
    <message>
        <source>{0} 无效，应为 1–4（一级至四级案由）</source>
        <translation>{0} is invalid; it should be 1–4 (cause level one to four)</translation>
    </message>
    <message>
        <source>不能超过 {0} 个字，现为 {1} 个字</source>
        <translation>cannot be longer than {0} characters; it is now {1}</translation>
    </message>
    <message>
        <source>「{0}」无效；可选：增补、更名、停用</source>
        <translation>“{0}” is not valid; the choices are: add, rename, discontinue</translation>
    </message>
    <message>
        <source>「{0}」已停用，不能在其下增补</source>
        <translation>“{0}” has been discontinued; nothing can be added under it</translation>
    </message>
    <message>
        <source>「{0}」已是四级案由，其下不能再分</source>
        <translation>“{0}” is already a level-4 cause of action and cannot be divided further</translation>
    </message>
    <message>
        <source>「{0}」应写作 {1}（上级代码加一段数字或字母，如 {2}）</source>
        <translation>“{0}” should be written as {1} (the parent&apos;s code plus a group of digits or letters, e.g. {2})</translation>
    </message>
    <message>
        <source>「{0}」已是「{1}」的代码</source>
        <translation>“{0}” is already the code of “{1}”</translation>
    </message>
    <message>
        <source>请填写案由名称</source>
        <translation>please enter the name of the cause of action</translation>
    </message>
    <message>
        <source>「{0}」已在目录中（{1}）</source>
        <translation>“{0}” is already in the catalogue ({1})</translation>
    </message>
    <message>
        <source>请填写新名称</source>
        <translation>please enter the new name</translation>
    </message>
    <message>
        <source>「{0}」已是这个名称</source>
        <translation>“{0}” already has this name</translation>
    </message>
    <message>
        <source>停用须写明原因（登记时会告诉选它的人）</source>
        <translation>a reason is required to discontinue it (it is shown to anyone who chooses it when registering a case)</translation>
    </message>
    <message>
        <source>「{0}」已停用：{1}</source>
        <translation>“{0}” has been discontinued: {1}</translation>
    </message>
    <message>
        <source>{0} 与上级不符：{1}应为 {2} 级</source>
        <translation>{0} does not match the parent: {1} it should be level {2}</translation>
    </message>
    <message>
        <source>「{0}」不是本机所用目录的版本「{1}」</source>
        <translation>“{0}” is not the edition of the catalogue this computer uses, “{1}”</translation>
    </message>
    <message>
        <source>「{0}」已停用，不能用于新案件（{1}）</source>
        <translation>“{0}” has been discontinued and cannot be used for new cases ({1})</translation>
    </message>
    <message>
        <source>第 {0} 版调解协议于 {1} 生效，司法确认申请期限（生效之日起三十日，末日遇节假日顺延）已于 {2} 届满，不能再申请司法确认；可另行起诉或重新调解</source>
        <translation>version {0} of the agreement took effect on {1}; the time limit to apply for judicial confirmation (thirty days from taking effect, extended past holidays) ended on {2}, so judicial confirmation can no longer be applied for; a lawsuit or a new mediation is still possible</translation>
    </message>
    <message>
        <source>本案还没有调解协议</source>
        <translation>this case has no mediation agreement yet</translation>
    </message>
    <message>
        <source>本案没有第 {0} 版调解协议</source>
        <translation>this case has no version {0} of the mediation agreement</translation>
    </message>
    <message>
        <source>第 {0} 版调解协议尚未定稿（草稿），不能申请司法确认；请先定稿{1}</source>
        <translation>version {0} of the agreement is not finalized yet (draft), so judicial confirmation cannot be applied for; please finalize it first{1}</translation>
    </message>
    <message>
        <source>第 {0} 版调解协议已被第 {1} 版取代，不能就已被取代的协议申请司法确认</source>
        <translation>version {0} of the agreement has been superseded by version {1}; judicial confirmation cannot be applied for a superseded agreement</translation>
    </message>
    <message>
        <source>本案没有已定稿的调解协议，不能申请司法确认</source>
        <translation>this case has no finalized mediation agreement, so judicial confirmation cannot be applied for</translation>
    </message>
    <message>
        <source>{0} 早于协议生效日 {1}</source>
        <translation>{0} is earlier than the agreement&apos;s effective date {1}</translation>
    </message>
    <message>
        <source>本案没有待裁定的司法确认申请；请先登记申请</source>
        <translation>this case has no application for judicial confirmation awaiting a ruling; please register the application first</translation>
    </message>
    <message>
        <source>{0} 早于申请日 {1}</source>
        <translation>{0} is earlier than the application date {1}</translation>
    </message>
    <message>
        <source>登记确认有效或驳回的裁定须写明法院案号（如（2026）吉0702民特15号）</source>
        <translation>a ruling that confirms or rejects must state the court&apos;s case number (e.g. （2026）吉0702民特15号)</translation>
    </message>
    <message>
        <source>第 {0} 版协议已于 {1} 申请司法确认（{2}），不能重复登记</source>
        <translation>judicial confirmation of version {0} of the agreement was applied for on {1} ({2}); it cannot be registered twice</translation>
    </message>
    <message>
        <source>法院名录中没有「{0}」；现有：{1}</source>
        <translation>“{0}” is not in the court directory; the courts in it are: {1}</translation>
    </message>
    <message>
        <source>「{0}」应为 {1}</source>
        <translation>“{0}” should be {1}</translation>
    </message>
    <message>
        <source>法庭行不填此列（法庭用所属法院的法院代字）</source>
        <translation>leave this column empty in a tribunal&apos;s row (a tribunal uses the court code of its court)</translation>
    </message>
    <message>
        <source>法院行不填此列（只有法庭有驻地、地址、电话）</source>
        <translation>leave this column empty in a court&apos;s row (only tribunals have a seat, an address and a phone)</translation>
    </message>
    <message>
        <source>「{0}」应为 6 位数字</source>
        <translation>“{0}” should be 6 digits</translation>
    </message>
    <message>
        <source>与第 {0} 行重复</source>
        <translation>the same as row {0}</translation>
    </message>
    <message>
        <source>不能是本院</source>
        <translation>cannot be the court itself</translation>
    </message>
    <message>
        <source>与第 {0} 行是同一法院的同一法庭</source>
        <translation>the same tribunal of the same court as row {0}</translation>
    </message>
    <message>
        <source>「{0}」不在法院名录中，也不在本表的法院行里</source>
        <translation>“{0}” is neither in the court directory nor in a court&apos;s row of this table</translation>
    </message>
    <message>
        <source>未知的草稿种类「{0}」</source>
        <translation>unknown draft kind “{0}”</translation>
    </message>
    <message>
        <source>找不到回访任务 {0}</source>
        <translation>follow-up task {0} not found</translation>
    </message>
    <message>
        <source>该任务已是「{0}」</source>
        <translation>this task is already “{0}”</translation>
    </message>
    <message>
        <source>超过本条应履行的 {0} 元</source>
        <translation>more than the {0} yuan due under this clause</translation>
    </message>
    <message>
        <source>只有协议条款的履行回访记录履行情况</source>
        <translation>only follow-ups of agreement clauses record performance</translation>
    </message>
    <message>
        <source>「{0}」应为 全部履行、部分履行 或 未履行</source>
        <translation>“{0}” should be fully performed, partly performed or not performed</translation>
    </message>
    <message>
        <source>最多记载 {0} 项，现有 {1} 项</source>
        <translation>at most {0} items can be recorded; there are {1}</translation>
    </message>
    <message>
        <source>请记载调解中各方当事人均无争议的事实；各方对事实均有争议的，请注明“没有无争议事实”</source>
        <translation>please record the facts no party disputed during mediation; if every fact is disputed, note “no undisputed facts”</translation>
    </message>
    <message>
        <source>已记载无争议事实，又注明“没有无争议事实”，二者只能选一</source>
        <translation>undisputed facts are recorded and “no undisputed facts” is also noted; only one of the two</translation>
    </message>
    <message>
        <source>案件状态为「{0}」；转立案并记载无争议事实后才能打印</source>
        <translation>the case status is “{0}”; it can be printed only after transfer to filing with the undisputed facts recorded</translation>
    </message>
    <message>
        <source>连不上中院端数据库 {0}：{1}。请检查地址、网络和数据库服务。</source>
        <translation>cannot reach the central court&apos;s database {0}: {1}. Please check the address, the network and the database service.</translation>
    </message>
    <message>
        <source>「{0}」不是有效金额：千位分隔符只能每三位一个，如 12,000.50</source>
        <translation>“{0}” is not a valid amount: thousands separators can only group three digits, e.g. 12,000.50</translation>
    </message>
    <message>
        <source>「{0}」不是有效金额，应为数字（元）</source>
        <translation>“{0}” is not a valid amount; it should be a number (yuan)</translation>
    </message>
    <message>
        <source>应为授权事项的文本数组</source>
        <translation>should be an array of texts of the authorized matters</translation>
    </message>
    <message>
        <source>未知字段；可用字段：{0}</source>
        <translation>unknown field; available fields: {0}</translation>
    </message>
    <message>
        <source>缺少当事人列表（parties 应为数组）</source>
        <translation>the list of parties is missing (parties should be an array)</translation>
    </message>
    <message>
        <source>应为金额（元），如 12000 或 &quot;12000.50&quot;</source>
        <translation>should be an amount (yuan), e.g. 12000 or &quot;12000.50&quot;</translation>
    </message>
    <message>
        <source>应为对象：{&quot;name&quot;: …, &quot;number&quot;: …, &quot;date&quot;: &quot;YYYY-MM-DD&quot;}</source>
        <translation>should be an object: {&quot;name&quot;: …, &quot;number&quot;: …, &quot;date&quot;: &quot;YYYY-MM-DD&quot;}</translation>
    </message>
    <message>
        <source>代理权限只能是{0}，且只用于代理人</source>
        <translation>the scope of authority can only be {0}, and only for agents</translation>
    </message>
    <message>
        <source>过长，最多 32 个字符</source>
        <translation>too long, at most 32 characters</translation>
    </message>
    <message>
        <source>行政机关必须填写负责人姓名</source>
        <translation>an administrative agency needs its head&apos;s name</translation>
    </message>
    <message>
        <source>{0} 晚于今天，不能预先登记</source>
        <translation>{0} is later than today; cannot register in advance</translation>
    </message>
    <message>
        <source>至少需要一名申请人和一名被申请人</source>
        <translation>at least one applicant and one respondent are needed</translation>
    </message>
    <message>
        <source>应为一个 JSON 对象（{…}）</source>
        <translation>should be one JSON object ({…})</translation>
    </message>
    <message>
        <source>应为文本（字符串）</source>
        <translation>should be text (a string)</translation>
    </message>
    <message>
        <source>应为一个对象</source>
        <translation>should be an object</translation>
    </message>
    <message>
        <source>未知字段</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>应为被代理当事人的序号（从 0 开始的整数）</source>
        <translation>should be the index of the represented party (a whole number from 0)</translation>
    </message>
    <message>
        <source>「{0}」不是有效地位；可选：{1}</source>
        <translation>“{0}” is not a valid role; choose from: {1}</translation>
    </message>
    <message>
        <source>「{0}」不是有效类型；可选：person（自然人）、organization（法人或非法人组织）、agency（行政机关）</source>
        <translation>“{0}” is not a valid kind; choose from: person (natural person), organization (legal person or unincorporated organisation), agency (administrative agency)</translation>
    </message>
    <message>
        <source>只有自然人才填写身份证号码；单位请填 credit_code</source>
        <translation>only natural persons have an ID card number; for organisations fill in credit_code</translation>
    </message>
    <message>
        <source>自然人不填统一社会信用代码；请填 id_number</source>
        <translation>natural persons have no unified social credit code; fill in id_number</translation>
    </message>
    <message>
        <source>年份应不早于 {0} 年</source>
        <translation>the year should not be earlier than {0}</translation>
    </message>
    <message>
        <source>指向的当事人序号不存在</source>
        <translation>the referenced party index does not exist</translation>
    </message>
    <message>
        <source>找不到已登记当事人 {0}</source>
        <translation>registered party {0} not found</translation>
    </message>
    <message>
        <source>证件号码与已登记当事人「{0}」相同，但姓名/名称不同，请核对</source>
        <translation>the ID number is the same as registered party “{0}”, but the name differs; please check</translation>
    </message>
    <message>
        <source>缺少申请人</source>
        <translation>no applicant</translation>
    </message>
    <message>
        <source>缺少被申请人</source>
        <translation>no respondent</translation>
    </message>
    <message>
        <source>调解组织名录中没有「{0}」；名称相近的有：{1}</source>
        <translation>“{0}” is not in the directory of mediation organisations; similar names: {1}</translation>
    </message>
    <message>
        <source>调解组织名录中没有「{0}」；请先登记该调解组织</source>
        <translation>“{0}” is not in the directory of mediation organisations; please register that mediation organisation first</translation>
    </message>
    <message>
        <source>没有法庭「{0}」</source>
        <translation>there is no tribunal “{0}”</translation>
    </message>
    <message>
        <source>与第 {0} 行是同一位调解员</source>
        <translation>the same mediator as row {0}</translation>
    </message>
    <message>
        <source>名册中有 {0} 位「{1}」，请填写电话或名册编号以区分</source>
        <translation>the roster has {0} mediators named “{1}”; please enter a phone number or roster number to tell them apart</translation>
    </message>
    <message>
        <source>已登记送达记录（{0} 送达{1}），送达日期以送达记录为准；记录有误的，请在案件的文书页更正送达记录</source>
        <translation>a service record is registered ({0} served on {1}); the date served is taken from the service record; if the record is wrong, correct it on the case&apos;s Papers page</translation>
    </message>
    <message>
        <source>请指定所送达的文书（验证码）</source>
        <translation>please specify the paper served (its verification code)</translation>
    </message>
    <message>
        <source>请写明受送达人；可选：{0}</source>
        <translation>please name the person served; the choices are: {0}</translation>
    </message>
    <message>
        <source>本案已有正式案号 {0}，不能改为 {1}；确属登记错误的，由管理员更正（写明原因）</source>
        <translation>this case already has the official case number {0} and cannot change to {1}; if it was registered by mistake, an administrator corrects it (giving the reason)</translation>
    </message>
    <message>
        <source>本案还没有正式案号：请用“登记正式案号”，无需更正</source>
        <translation>this case has no official case number yet: use “Register official number”; no correction is needed</translation>
    </message>
    <message>
        <source>本案的正式案号已是 {0}，无需更正</source>
        <translation>the official case number of this case is already {0}; no correction is needed</translation>
    </message>
    <message>
        <source>应为 1 到 {0} 之间的整数</source>
        <translation>should be a whole number from 1 to {0}</translation>
    </message>
    <message>
        <source>案件状态为「{0}」，调解期限不在进行中，不能延长</source>
        <translation>the case status is “{0}”; the mediation period is not running and cannot be extended</translation>
    </message>
    <message>
        <source>本机数据已启用账户：请先登录</source>
        <translation>accounts are enabled for this computer&apos;s data: please log in first</translation>
    </message>
    <message>
        <source>第 {0} 版调解协议已定稿，不能修改</source>
        <translation>version {0} of the agreement is finalized and cannot be changed</translation>
    </message>
    <message>
        <source>第 {0} 版调解协议已定稿，其条款不能修改</source>
        <translation>version {0} of the agreement is finalized; its clauses cannot be changed</translation>
    </message>
    <message>
        <source>找不到法庭「{0}」。可查看已登记的法庭。</source>
        <translation>court “{0}” not found. You can look up the registered courts.</translation>
    </message>
    <message>
        <source>至少 8 个字符</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>不能超过 1024 个字符</source>
        <translation>cannot exceed 1024 characters</translation>
    </message>
    <message>
        <source>账户文件正被另一个程序修改，请稍后再试</source>
        <translation>the accounts file is being changed by another program; please try again shortly</translation>
    </message>
    <message>
        <source>密钥文件 {0} 的格式版本 {1} 不受支持</source>
        <translation>key file {0} has format version {1}, which is not supported</translation>
    </message>
    <message>
        <source>此数据没有恢复密钥</source>
        <translation>this data has no recovery key</translation>
    </message>
    <message>
        <source>本机数据尚未启用账户：请先启用账户和加密</source>
        <translation>accounts are not yet enabled for this computer&apos;s data: please enable accounts and encryption first</translation>
    </message>
    <message>
        <source>{0}；连续输错 {1} 次，已暂时锁定，请 {2} 秒后再试</source>
        <translation>{0}; wrong {1} times in a row, temporarily locked; please try again in {2} seconds</translation>
    </message>
    <message>
        <source>密钥文件与数据库不匹配：请联系管理员</source>
        <translation>the key file does not match the database: please contact an administrator</translation>
    </message>
    <message>
        <source>恢复密钥不正确</source>
        <translation>the recovery key is not correct</translation>
    </message>
    <message>
        <source>连不上中院端 {0}：{1}。数据仍在本机，可改用 U 盘导出。</source>
        <translation>cannot reach the central court at {0}: {1}. The data is still on this computer; you can export it to a USB drive instead.</translation>
    </message>
    <message>
        <source>请给出中院端地址</source>
        <translation>please give the central court&apos;s address</translation>
    </message>
    <message>
        <source>中院端收到的申请核对码（{0}）与本机（{1}）不符：申请在传输中被改动，请勿继续，并与中院联系</source>
        <translation>the enrollment check code the central court received ({0}) differs from this computer&apos;s ({1}): the request was changed in transit; do not continue, and contact the central court</translation>
    </message>
    <message>
        <source>中院端未受理登记申请：{0}</source>
        <translation>the central court did not accept the enrollment request: {0}</translation>
    </message>
    <message>
        <source>中院端答复：{0}</source>
        <translation>the central court answered: {0}</translation>
    </message>
    <message>
        <source>中院端的答复格式不对</source>
        <translation>the central court&apos;s answer has the wrong format</translation>
    </message>
    <message>
        <source>没有中院端地址：请给出地址，或请中院在授权中写入地址</source>
        <translation>there is no central court address: please give one, or ask the central court to write it into the authorization</translation>
    </message>
    <message>
        <source>中院拒收数据包：{0}</source>
        <translation>the central court refused the bundle: {0}</translation>
    </message>
    <message>
        <source>中院端拒绝：{0}</source>
        <translation>the central court refused: {0}</translation>
    </message>
    <message>
        <source>中院端的回执格式不对</source>
        <translation>the central court&apos;s receipt has the wrong format</translation>
    </message>
    <message>
        <source>中院端出错（{0}）</source>
        <translation>the central court reported an error ({0})</translation>
    </message>
    <message>
        <source>中院端的回执无法用本机密钥解密：请与中院核对本机的登记</source>
        <translation>the central court&apos;s receipt cannot be decrypted with this computer&apos;s key: please check this computer&apos;s enrollment with the central court</translation>
    </message>
    <message>
        <source>无法验证中院端 {0} 的证书：请确认地址，或指定中院的证书</source>
        <translation>the certificate of the central court {0} cannot be verified: please check the address, or name the central court&apos;s certificate</translation>
    </message>
    <message>
        <source>上传中断</source>
        <translation>the upload was interrupted</translation>
    </message>
    <message>
        <source>找不到冲突记录 {0}</source>
        <translation>conflict record {0} not found</translation>
    </message>
    <message>
        <source>该冲突已处理（{0}）</source>
        <translation>this conflict has already been resolved ({0})</translation>
    </message>
    <message>
        <source>定稿文书不合并：两个版本都已保留，无需恢复</source>
        <translation>finalized papers are not merged: both versions are kept; nothing to restore</translation>
    </message>
    <message>
        <source>未知的表 {0}</source>
        <translation>unknown table {0}</translation>
    </message>
    <message>
        <source>冲突所在的记录已不存在</source>
        <translation>the record of the conflict no longer exists</translation>
    </message>
    <message>
        <source>数据包缺少清单或签名</source>
        <translation>the bundle has no manifest or signature</translation>
    </message>
    <message>
        <source>数据包含有不是普通文件的成员（链接或文件夹：{0}），已拒收</source>
        <translation>the bundle contains members that are not regular files (link or folder: {0}); refused</translation>
    </message>
    <message>
        <source>数据包清单或签名超过大小上限，未读取，已拒收</source>
        <translation>the bundle&apos;s manifest or signature exceeds the size limit; not read, refused</translation>
    </message>
    <message>
        <source>数据包清单格式不对</source>
        <translation>the bundle&apos;s manifest has the wrong format</translation>
    </message>
    <message>
        <source>数据包成员 {0} 不是文件</source>
        <translation>bundle member {0} is not a file</translation>
    </message>
    <message>
        <source>数据包签名不符：不是该设备签发的，或内容被改动过，已拒收</source>
        <translation>the bundle&apos;s signature does not match: it was not issued by that device, or its content was changed; refused</translation>
    </message>
    <message>
        <source>数据包清单缺少成员列表</source>
        <translation>the bundle&apos;s manifest has no list of members</translation>
    </message>
    <message>
        <source>数据包成员与清单不一致（多出或缺少文件），已拒收</source>
        <translation>the bundle&apos;s members do not match the manifest (extra or missing files); refused</translation>
    </message>
    <message>
        <source>找不到数据包文件 {0}</source>
        <translation>bundle file {0} not found</translation>
    </message>
    <message>
        <source>数据包无法解密：{0}</source>
        <translation>the bundle cannot be decrypted: {0}</translation>
    </message>
    <message>
        <source>数据包已损坏或不完整（可能被截断、缺少分卷或被改动），已拒收</source>
        <translation>the bundle is damaged or incomplete (perhaps truncated, missing a volume or changed); refused</translation>
    </message>
    <message>
        <source>数据包内部结构损坏（不是完整的数据包）</source>
        <translation>the bundle&apos;s internal structure is damaged (not a complete bundle)</translation>
    </message>
    <message>
        <source>数据包清单无法解析</source>
        <translation>the bundle&apos;s manifest cannot be parsed</translation>
    </message>
    <message>
        <source>数据包成员 {0} 的校验值不符，已拒收</source>
        <translation>the checksum of bundle member {0} does not match; refused</translation>
    </message>
    <message>
        <source>数据包不是加密给本中院的（收件人密钥不符），无法解密</source>
        <translation>the bundle is not encrypted for this central court (recipient key differs) and cannot be decrypted</translation>
    </message>
    <message>
        <source>{0} 格式不对</source>
        <translation>{0} has the wrong format</translation>
    </message>
    <message>
        <source>不是中院签发的设备授权文件</source>
        <translation>not a device authorization issued by the central court</translation>
    </message>
    <message>
        <source>签名不符：文件被改动过或不是中院签发的</source>
        <translation>the signature does not match: the file was changed or not issued by the central court</translation>
    </message>
    <message>
        <source>这份授权是给另一台设备（或另一把密钥）的，不能在本机使用</source>
        <translation>this authorization is for another device (or another key) and cannot be used on this computer</translation>
    </message>
    <message>
        <source>本机尚未在中院登记：请先生成登记申请（或经网络直接发送），经中院批准后安装授权</source>
        <translation>this computer is not enrolled with the central court yet: first make an enrollment request (or send it over the network), then install the authorization once the central court approves it</translation>
    </message>
    <message>
        <source>本机已被中院停用，不能再导出数据：{0}。请与中院联系。</source>
        <translation>this computer has been disabled by the central court and can no longer export data: {0}. Please contact the central court.</translation>
    </message>
    <message>
        <source>{0} 不是有效的 JSON 文件</source>
        <translation>{0} is not a valid JSON file</translation>
    </message>
    <message>
        <source>回执已加密，需在收件设备上打开</source>
        <translation>the receipt is encrypted; open it on the receiving device</translation>
    </message>
    <message>
        <source>不是中院的回执文件</source>
        <translation>not a receipt file from the central court</translation>
    </message>
    <message>
        <source>回执签名不符：不是本机登记的中院签发的，或文件被改动过</source>
        <translation>the receipt&apos;s signature does not match: it was not issued by the central court this computer is enrolled with, or the file was changed</translation>
    </message>
    <message>
        <source>这份回执是给另一台设备的</source>
        <translation>this receipt is for another device</translation>
    </message>
    <message>
        <source>{0} 不是发给本机的回执（无法用本机密钥解密），或文件已损坏</source>
        <translation>{0} is not a receipt for this computer (it cannot be decrypted with this computer&apos;s key), or the file is damaged</translation>
    </message>
    <message>
        <source>{0} 解密后格式不对</source>
        <translation>{0} has the wrong format after decryption</translation>
    </message>
    <message>
        <source>{0}写有“年度/年底”等但没有写明哪一年</source>
        <translation>{0} mentions a year (年度/年底) without saying which year</translation>
    </message>
    <message>
        <source>{0}含占位词「{1}」，请写明实际内容</source>
        <translation>{0} contains the placeholder “{1}”; please write the actual content</translation>
    </message>
    <message>
        <source>{0}有未填写的空白「{1}」，请据实填写</source>
        <translation>{0} has an unfilled blank “{1}”; please fill it in</translation>
    </message>
    <message>
        <source>{0}的委托代理人「{1}」{2}：代为承认、放弃、变更请求，进行和解，须有委托人的特别授权（{3}），不能代为签署调解协议。请登记特别授权，或将该代理人从本案当事人中移除、由当事人本人签署</source>
        <translation>the agent “{1}” of {0}: {2}. Admitting, waiving or changing claims and settling on the principal&apos;s behalf need the principal&apos;s special authorization ({3}), so the agent cannot sign the agreement. Register a special authorization, or remove the agent from the case&apos;s parties and have the party sign in person</translation>
    </message>
    <message>
        <source>{0}的法定代理人「{1}」未写明与当事人的关系</source>
        <translation>the legal representative “{1}” of {0} has no relationship to the party recorded</translation>
    </message>
    <message>
        <source>{0}的法定代理人「{1}」本人是{2}，不能担任法定代理人</source>
        <translation>the legal representative “{1}” of {0} is {2} and cannot act as legal representative</translation>
    </message>
    <message>
        <source>{0}的法定代理人「{1}」缺少身份证号码</source>
        <translation>the legal representative “{1}” of {0} has no ID card number</translation>
    </message>
    <message>
        <source>{0}签署时{1}（{2}），不能自己签署：须登记法定代理人（姓名、与当事人关系、身份证号码），由其代为签署（{3}、{4}）</source>
        <translation>{0} is {1} at signing ({2}) and cannot sign alone: register a legal representative (name, relationship to the party, ID card number) to sign on their behalf ({3}, {4})</translation>
    </message>
    <message>
        <source>{0}须由其{1}或有特别授权的委托代理人签署；请登记{2}或代理人的特别授权</source>
        <translation>{0} must sign through its {1} or an agent with special authorization; please register the {2} or the agent&apos;s special authorization</translation>
    </message>
    <message>
        <source>{0}，不能申请司法确认（民诉法解释第三百五十五条）；已取消司法确认条款</source>
        <translation>{0}, so judicial confirmation cannot be applied for (Article 355 of the Interpretation of the Civil Procedure Law); the judicial confirmation clause was removed</translation>
    </message>
    <message>
        <source>{0}；本协议不能申请司法确认，请删去司法确认条款或调整条款</source>
        <translation>{0}; this agreement cannot go to judicial confirmation: remove the judicial confirmation clause or change the clauses</translation>
    </message>
    <message>
        <source>15位旧号码 {0} 已按规则升级为18位 {1}，请核对证件</source>
        <translation>the old 15-digit number {0} was upgraded by the rules to the 18-digit {1}; please check the ID card</translation>
    </message>
    <message>
        <source>区号 {0} 不是松原（0438），请核对</source>
        <translation>area code {0} is not Songyuan (0438); please check</translation>
    </message>
    <message>
        <source>号段 {0} 不在已知号段表中，请核对</source>
        <translation>prefix {0} is not in the table of known number ranges; please check</translation>
    </message>
    <message>
        <source>含有不可见或控制字符（{0}），请删去后再输入</source>
        <translation>contains invisible or control characters ({0}); please delete them and enter it again</translation>
    </message>
    <message>
        <source>地址码 {0} 不在行政区划表中（可能是已撤销的旧区划代码），请核对</source>
        <translation>address code {0} is not in the table of administrative divisions (perhaps an old, abolished code); please check</translation>
    </message>
    <message>
        <source>未填区号，已按松原（0438）固定电话处理</source>
        <translation>no area code given; treated as a Songyuan (0438) landline</translation>
    </message>
    <message>
        <source>机构类别代码 {0} 未收录（登记管理部门：{1}），请核对</source>
        <translation>organisation type code {0} is not listed (registration authority: {1}); please check</translation>
    </message>
    <message>
        <source>案由“{0}”{1}</source>
        <translation>the cause “{0}” {1}</translation>
    </message>
    <message>
        <source>案由只写到“{0}”，无法判断是否涉及身份关系；请先确定具体案由</source>
        <translation>the cause is only given as “{0}”, so it cannot be told whether it concerns a personal status relationship; please choose the specific cause first</translation>
    </message>
    <message>
        <source>登记管理机关行政区划码 {0} 应全部为数字，请核对</source>
        <translation>the division code {0} of the registration authority should be all digits; please check</translation>
    </message>
    <message>
        <source>登记管理部门代码 {0} 未收录，请核对</source>
        <translation>registration authority code {0} is not listed; please check</translation>
    </message>
    <message>
        <source>第9–17位组织机构代码的校验位应为 {0}，实际为 {1}（个体工商户等可能不适用），请核对</source>
        <translation>the check digit of the organisation code (characters 9–17) should be {0}; found {1} (may not apply to individual businesses); please check</translation>
    </message>
    <message>
        <source>第{0}条为“{1}”条款：{2}{3}</source>
        <translation>clause {0} is a “{1}” clause: {2}{3}</translation>
    </message>
    <message>
        <source>第{0}条写明支付款项，但没有填写金额</source>
        <translation>clause {0} says a sum is paid, but no amount is filled in</translation>
    </message>
    <message>
        <source>第{0}条缺少义务人（由谁履行）</source>
        <translation>clause {0} has no obligor (who performs)</translation>
    </message>
    <message>
        <source>第{0}条缺少履行方式</source>
        <translation>clause {0} has no method of performance</translation>
    </message>
    <message>
        <source>第{0}条缺少履行期限</source>
        <translation>clause {0} has no deadline for performance</translation>
    </message>
    <message>
        <source>第{0}条金额为 0 元，请填写实际金额或删去金额</source>
        <translation>clause {0} has an amount of 0 yuan; please fill in the actual amount or delete it</translation>
    </message>
    <message>
        <source>当事人「{0}」缺少住址/住所</source>
        <translation>party “{0}” has no address/domicile</translation>
    </message>
    <message>
        <source>当事人「{0}」缺少统一社会信用代码</source>
        <translation>party “{0}” has no unified social credit code</translation>
    </message>
    <message>
        <source>当事人「{0}」缺少身份证号码</source>
        <translation>party “{0}” has no ID card number</translation>
    </message>
    <message>
        <source>缺少纠纷主要事实、争议事项</source>
        <translation>the main facts of the dispute and the matters in dispute are missing</translation>
    </message>
    <message>
        <source>协议至少需要一条条款</source>
        <translation>the agreement needs at least one clause</translation>
    </message>
    <message>
        <source>校验码不符：号码中可能有一位输错或相邻两位颠倒，请对照身份证逐位核对（不要只改最后一位）</source>
        <translation>the check digit does not match: a digit may be mistyped or two neighbours swapped; please compare with the ID card digit by digit (do not just change the last one)</translation>
    </message>
    <message>
        <source>校验码不符：代码中可能有一位输错或相邻两位颠倒，请对照营业执照（登记证书）逐位核对（不要只改最后一位）</source>
        <translation>the check digit does not match: a character may be mistyped or two neighbours swapped; please compare with the business licence (registration certificate) character by character (do not just change the last one)</translation>
    </message>
    <message>
        <source>不能{0}：数据目录 {1} 正被其他程序使用——{2}。请先关闭它（例如退出工作台）再试；数据未作任何改动。</source>
        <translation>cannot {0}: the data folder {1} is in use by another program — {2}. Please close it first (e.g. quit the workbench) and try again; no data was changed.</translation>
    </message>
    <message>
        <source>磁盘空间不足：{0} 所在的磁盘已满{1}，请至少腾出约 {2} MB 后再试。本次修改未保存；此前保存的数据完好，仍可查看，也可备份到另一块磁盘。</source>
        <translation>not enough disk space: the disk of {0} is full{1}; please free at least about {2} MB and try again. This change was not saved; the data saved before is intact, can still be viewed and can be backed up to another disk.</translation>
    </message>
    <message>
        <source>（现在可用 {0} MB）</source>
        <translation> ({0} MB free now)</translation>
    </message>
    <message>
        <source>{0}，本协议不能申请司法确认</source>
        <translation>{0}, so this agreement cannot go to judicial confirmation</translation>
    </message>
    <message>
        <source>{0}涉及身份关系</source>
        <translation>{0} concerns a personal status relationship</translation>
    </message>
    <message>
        <source>“以自己的劳动收入为主要生活来源”只适用于十六周岁以上不满十八周岁的人</source>
        <translation>“lives mainly on their own labour income” applies only to persons aged sixteen to under eighteen</translation>
    </message>
    <message>
        <source>第 {0} 版{1}的内容与存档不一致</source>
        <translation>the content of version {0} of {1} differs from the archived copy</translation>
    </message>
    <message>
        <source>账户名或密码不正确</source>
        <translation>wrong account name or password</translation>
    </message>
    <message>
        <source>账户名或密码不正确，再错 {0} 次将暂时锁定</source>
        <translation>wrong account name or password; {0} more wrong attempts and it is locked for a while</translation>
    </message>
    <message>
        <source>账户名或密码不正确，已暂时锁定 {0} 秒</source>
        <translation>wrong account name or password; now locked for {0} seconds</translation>
    </message>
    <message>
        <source>账户名或密码不正确；连续输错 {0} 次，已暂时锁定，请 {1} 秒后再试</source>
        <translation>wrong account name or password; wrong {0} times in a row, temporarily locked; please try again in {1} seconds</translation>
    </message>
    <message>
        <source>账户名或密码不正确{0}</source>
        <translation>wrong account name or password{0}</translation>
    </message>
    <message>
        <source>，再错 {0} 次将暂时锁定</source>
        <translation>; {0} more wrong attempts and it is locked for a while</translation>
    </message>
    <message>
        <source>，已暂时锁定 {0} 秒</source>
        <translation>; now locked for {0} seconds</translation>
    </message>
    <message>
        <source>纠纷主要事实、争议事项</source>
        <translation>the main facts of the dispute and the matters in dispute</translation>
    </message>
    <message>
        <source>各方责任</source>
        <translation>the parties&apos; responsibilities</translation>
    </message>
    <message>
        <source>违约责任</source>
        <translation>the liability for breach</translation>
    </message>
    <message>
        <source>第{0}条协议内容</source>
        <translation>the content of clause {0}</translation>
    </message>
    <message>
        <source>第{0}条义务人</source>
        <translation>the obligor of clause {0}</translation>
    </message>
    <message>
        <source>第{0}条履行方式</source>
        <translation>the method of performance of clause {0}</translation>
    </message>
    <message>
        <source>婚姻家庭等身份关系纠纷</source>
        <translation>a dispute over a personal status relationship such as marriage or family</translation>
    </message>
    <message>
        <source>涉及婚姻、亲子、收养等身份关系的有效、无效或者解除</source>
        <translation>concerns the validity, invalidity or dissolution of a personal status relationship such as marriage, parentage or adoption</translation>
    </message>
    <message>
        <source>涉及物权确权</source>
        <translation>concerns the confirmation of property rights</translation>
    </message>
    <message>
        <source>（依据{0}）</source>
        <translation> (under {0})</translation>
    </message>
    <message>
        <source>（依据{0}，本系统据此推定）</source>
        <translation> (under {0}; inferred by this system)</translation>
    </message>
    <message>
        <source>未登记代理权限</source>
        <translation>no scope of authority is registered</translation>
    </message>
    <message>
        <source>仅有一般授权</source>
        <translation>has only general authorization</translation>
    </message>
    <message>
        <source>特别授权中没有“签署调解协议”“进行和解”或“代为承认、放弃、变更调解请求”</source>
        <translation>the special authorization does not include signing the agreement, settling, or admitting, waiving or changing claims</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>legal representative</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>person in charge</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>a digit</translation>
    </message>
    <message>
        <source>数字或X</source>
        <translation>a digit or X</translation>
    </message>
    <message>
        <source>男</source>
        <translation>male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>female</translation>
    </message>
    <message>
        <source>改期</source>
        <translation>be rescheduled</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>be cancelled</translation>
    </message>
    <message>
        <source>另一个程序</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>登记案件</source>
        <translation>register cases</translation>
    </message>
    <message>
        <source>修改案件信息</source>
        <translation>edit case details</translation>
    </message>
    <message>
        <source>变更案件状态</source>
        <translation>change the case status</translation>
    </message>
    <message>
        <source>指派调解员</source>
        <translation>assign mediators</translation>
    </message>
    <message>
        <source>结束调解</source>
        <translation>end mediation</translation>
    </message>
    <message>
        <source>登记正式案号</source>
        <translation>register the official case number</translation>
    </message>
    <message>
        <source>更正正式案号</source>
        <translation>correct the official case number</translation>
    </message>
    <message>
        <source>查看完整身份证号和电话</source>
        <translation>see full ID numbers and phone numbers</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>add attachments</translation>
    </message>
    <message>
        <source>记录调解笔录</source>
        <translation>write mediation records</translation>
    </message>
    <message>
        <source>起草调解协议</source>
        <translation>draft mediation agreements</translation>
    </message>
    <message>
        <source>调解协议定稿</source>
        <translation>finalize mediation agreements</translation>
    </message>
    <message>
        <source>创建协议更正版本</source>
        <translation>create corrected versions of agreements</translation>
    </message>
    <message>
        <source>起草、修改司法建议书草稿</source>
        <translation>draft and edit judicial recommendations</translation>
    </message>
    <message>
        <source>签发司法建议书（编号）</source>
        <translation>issue judicial recommendations (numbering)</translation>
    </message>
    <message>
        <source>登记司法建议书送达</source>
        <translation>register the service of judicial recommendations</translation>
    </message>
    <message>
        <source>打印文书</source>
        <translation>print papers</translation>
    </message>
    <message>
        <source>维护调解员名册</source>
        <translation>maintain the mediator roster</translation>
    </message>
    <message>
        <source>维护地名库（添加地点、别名、停用、导入、旧地点对应）</source>
        <translation>maintain the place list (add places, aliases, disable, import, match old places)</translation>
    </message>
    <message>
        <source>创建备份</source>
        <translation>create backups</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>restore from backups</translation>
    </message>
    <message>
        <source>管理账户</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>设置本机</source>
        <translation>set up this computer</translation>
    </message>
    <message>
        <source>修改参考数据（阈值、金额、编号简称）</source>
        <translation>edit reference data (thresholds, amounts, numbering short names)</translation>
    </message>
    <message>
        <source>维护调解组织名录、官方节假日安排</source>
        <translation>maintain the roster of mediation organisations and the official holiday schedule</translation>
    </message>
    <message>
        <source>允许不加密存储</source>
        <translation>allow unencrypted storage</translation>
    </message>
    <message>
        <source>导出同步数据</source>
        <translation>export sync data</translation>
    </message>
    <message>
        <source>应用中院回执</source>
        <translation>apply receipts from the central court</translation>
    </message>
    <message>
        <source>复核同步冲突</source>
        <translation>review sync conflicts</translation>
    </message>
    <message>
        <source>办理设备登记</source>
        <translation>handle device enrollment</translation>
    </message>
    <message>
        <source>查看统计和生成白皮书、通报</source>
        <translation>view statistics and produce white papers and bulletins</translation>
    </message>
    <message>
        <source>查看和导出府院联动台账</source>
        <translation>view and export the court–government linkage ledgers</translation>
    </message>
    <message>
        <source>生成演示数据</source>
        <translation>generate demo data</translation>
    </message>
    <message>
        <source>纠纷主要事实</source>
        <translation>Main facts of the dispute</translation>
    </message>
    <message>
        <source>协议条款</source>
        <translation>Agreement clauses</translation>
    </message>
    <message>
        <source>第{0}条</source>
        <translation>Clause {0}</translation>
    </message>
    <message>
        <source>模板 {0}</source>
        <translation>Template {0}</translation>
    </message>
    <message>
        <source>模板 {0}.{1}</source>
        <translation>Template {0}.{1}</translation>
    </message>
    <message>
        <source>文书类型</source>
        <translation>Paper type</translation>
    </message>
    <message>
        <source>参考数据项</source>
        <translation>Reference data item</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>第{0}条 条款类型</source>
        <translation>Clause {0} type</translation>
    </message>
    <message>
        <source>{0}「{1}」列</source>
        <translation>{0} column “{1}”</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>第 1 行（表头）</source>
        <translation>Row 1 (header)</translation>
    </message>
    <message>
        <source>诉前调解告知书</source>
        <translation>Pre-litigation mediation notice</translation>
    </message>
    <message>
        <source>送达文书</source>
        <translation>Paper served</translation>
    </message>
    <message>
        <source>送达方式</source>
        <translation>Method of service</translation>
    </message>
    <message>
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <source>受送达人</source>
        <translation>Person served</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>申请日</source>
        <translation>Application date</translation>
    </message>
    <message>
        <source>裁定日期</source>
        <translation>Ruling date</translation>
    </message>
    <message>
        <source>裁定结果</source>
        <translation>Ruling</translation>
    </message>
    <message>
        <source>法院案号</source>
        <translation>Court case number</translation>
    </message>
    <message>
        <source>无争议事实</source>
        <translation>Undisputed facts</translation>
    </message>
    <message>
        <source>无争议事实记载表</source>
        <translation>Record of undisputed facts</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>作出日期</source>
        <translation>Date made</translation>
    </message>
    <message>
        <source>根对象</source>
        <translation>Root object</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>特邀</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>停用日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>调解组织</source>
        <translation>Mediation organisation</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>上级</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>旧地点</source>
        <translation>Old place</translation>
    </message>
    <message>
        <source>司法建议书编号</source>
        <translation>Judicial recommendation number</translation>
    </message>
    <message>
        <source>来源案件</source>
        <translation>Source case</translation>
    </message>
    <message>
        <source>司法建议书</source>
        <translation>Judicial recommendation</translation>
    </message>
    <message>
        <source>送达日期</source>
        <translation>Date served</translation>
    </message>
    <message>
        <source>反馈期限</source>
        <translation>Feedback deadline</translation>
    </message>
    <message>
        <source>中止日期</source>
        <translation>Suspension date</translation>
    </message>
    <message>
        <source>恢复日期</source>
        <translation>Resumption date</translation>
    </message>
    <message>
        <source>中止调解</source>
        <translation>Suspend mediation</translation>
    </message>
    <message>
        <source>恢复调解</source>
        <translation>Resume mediation</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>授权文件</source>
        <translation>Authorization file</translation>
    </message>
    <message>
        <source>回执文件</source>
        <translation>Receipt file</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>法定代理人住址</source>
        <translation>Legal representative&apos;s address</translation>
    </message>
    <message>
        <source>推定</source>
        <translation>Inferred</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>{0}「参考数据项」列</source>
        <translation>{0} column “reference data item”</translation>
    </message>
    <message>
        <source>{0}「推定」列</source>
        <translation>{0} column “inferred”</translation>
    </message>
    <message>
        <source>{0}「值」列</source>
        <translation>{0} column “value”</translation>
    </message>
    <message>
        <source>{0}「代码」列</source>
        <translation>{0} column “code”</translation>
    </message>
    <message>
        <source>{0}「目录」列</source>
        <translation>{0} column “catalogue”</translation>
    </message>
    <message>
        <source>{0}「操作」列</source>
        <translation>{0} column “action”</translation>
    </message>
    <message>
        <source>{0}「版本」列</source>
        <translation>{0} column “edition”</translation>
    </message>
    <message>
        <source>第 {0} 行「{1}」列</source>
        <translation>row {0}, column “{1}”</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>法院代字</source>
        <translation>Court code</translation>
    </message>
    <message>
        <source>上级法院代字</source>
        <translation>Parent court code</translation>
    </message>
    <message>
        <source>行政区划代码</source>
        <translation>Administrative division code</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>在册</source>
        <translation>On the roster</translation>
    </message>
    <message>
        <source>第 {0} 行</source>
        <translation>row {0}</translation>
    </message>
    <message>
        <source>申请人「{0}」</source>
        <translation>Applicant “{0}”</translation>
    </message>
    <message>
        <source>被申请人「{0}」</source>
        <translation>Respondent “{0}”</translation>
    </message>
    <message>
        <source>第三人「{0}」</source>
        <translation>Third party “{0}”</translation>
    </message>
    <message>
        <source>加密数据库</source>
        <translation>encrypt the database</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>restore the backup</translation>
    </message>
    <message>
        <source>升级数据库</source>
        <translation>upgrade the database</translation>
    </message>
    <message>
        <source>{0}（进程 {1}，用户 {2}@{3}，自 {4} 起）</source>
        <translation>{0} (process {1}, user {2}@{3}, since {4})</translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation>the content</translation>
    </message>
    <message>
        <source>卫星通信</source>
        <translation>satellite</translation>
    </message>
    <message>
        <source>完全民事行为能力人</source>
        <translation>a person with full civil capacity</translation>
    </message>
    <message>
        <source>限制民事行为能力人</source>
        <translation>a person with limited civil capacity</translation>
    </message>
    <message>
        <source>无民事行为能力人</source>
        <translation>a person without civil capacity</translation>
    </message>
    <message>
        <source>{0}周岁，</source>
        <translation>aged {0}, </translation>
    </message>
    <message>
        <source>{0}周岁，{1}</source>
        <translation>aged {0}, {1}</translation>
    </message>
    <message>
        <source>案件「{0}」尚未登记到行政争议协调化解中心；请先登记</source>
        <translation>case “{0}” is not yet registered with the administrative dispute coordination centre; please register it first</translation>
    </message>
    <message>
        <source>不是行政争议；协调化解中心只登记行政争议</source>
        <translation>not an administrative dispute; the coordination centre registers administrative disputes only</translation>
    </message>
    <message>
        <source>本案已登记到协调化解中心</source>
        <translation>this case is already registered with the coordination centre</translation>
    </message>
    <message>
        <source>本案被申请人中没有行政机关，请写明机关名称</source>
        <translation>no respondent of this case is an administrative agency; please name the agency</translation>
    </message>
    <message>
        <source>应为 1 至 4 级</source>
        <translation>should be level 1 to 4</translation>
    </message>
    <message>
        <source>至少 2 件</source>
        <translation>at least 2 cases</translation>
    </message>
    <message>
        <source>没有找到「{0}」的{1}类案</source>
        <translation>no {1} cluster of cases of “{0}” was found</translation>
    </message>
    <message>
        <source>应为 {0} 或 agency</source>
        <translation>should be {0} or agency</translation>
    </message>
    <message>
        <source>找不到法院「{0}」（可用法院代字如 吉0702，或法院名称）</source>
        <translation>court “{0}” not found (use a court code such as 吉0702, or the court&apos;s name)</translation>
    </message>
    <message>
        <source>「{0}」不是可选值；可选：{1}</source>
        <translation>“{0}” is not one of the choices; choose from: {1}</translation>
    </message>
    <message>
        <source>应大于 0（万人成讼率按人口计算）</source>
        <translation>should be more than 0 (the litigation rate per ten thousand is computed from the population)</translation>
    </message>
    <message>
        <source>状态为已达标时必填</source>
        <translation>required when the status is “met”</translation>
    </message>
    <message>
        <source>「{0}」有 {1} 处同名，请写明乡镇（如 伯都乡新立村）</source>
        <translation>“{0}” names {1} places; please give the township (e.g. 伯都乡新立村)</translation>
    </message>
    <message>
        <source>{0}已在无讼村屯名单中</source>
        <translation>{0} is already on the list of litigation-free villages</translation>
    </message>
    <message>
        <source>无讼村屯名单中没有「{0}」</source>
        <translation>the list of litigation-free villages has no “{0}”</translation>
    </message>
    <message>
        <source>找不到落实事项 {0}</source>
        <translation>follow-up item {0} not found</translation>
    </message>
    <message>
        <source>本案已在涉企绿色通道中</source>
        <translation>this case is already in the green channel for enterprises</translation>
    </message>
    <message>
        <source>本案当事人中没有企业；请写明企业名称</source>
        <translation>no party of this case is an enterprise; please name the enterprise</translation>
    </message>
    <message>
        <source>找不到村屯或社区「{0}」：请从地名库中选</source>
        <translation>village or community “{0}” not found: please choose from the place list</translation>
    </message>
    <message>
        <source>须写明事项和责任单位</source>
        <translation>the item and the responsible unit must be given</translation>
    </message>
    <message>
        <source>完成期限早于会议日期</source>
        <translation>the completion deadline is earlier than the meeting date</translation>
    </message>
    <message>
        <source>{0} {1}、{2} 年均未按达标标准判定达标（见指标表）；如经人工认定达标，请写明理由</source>
        <translation>{0} was not judged to meet the standard in either {1} or {2} by the standard&apos;s criteria (see the indicator table); if it was found to meet the standard by a person&apos;s decision, please give the reason</translation>
    </message>
    <message>
        <source>「{0}」无效；可选：达标、未达标、按标准</source>
        <translation>“{0}” is not valid; the choices are: meets the standard, does not meet the standard, judge by the standard</translation>
    </message>
    <message>
        <source>{0} {1} 年度数据尚未登记，请先登记年度数据</source>
        <translation>the data of {0} for the year {1} is not yet registered; please register the year&apos;s data first</translation>
    </message>
    <message>
        <source>「{0}」的{1}未达到类案预警标准，不能按类案起草</source>
        <translation>the {1} of “{0}” does not reach the cluster warning threshold, so it cannot be drafted as a cluster</translation>
    </message>
    <message>
        <source>应为 {0} 之一</source>
        <translation>should be one of {0}</translation>
    </message>
    <message>
        <source>尚未登记送达；先登记送达日期</source>
        <translation>service is not registered yet; register the date of service first</translation>
    </message>
    <message>
        <source>早于送达日期 {0}</source>
        <translation>earlier than the date of service {0}</translation>
    </message>
    <message>
        <source>尚未签发：草稿没有可跟踪的落实情况</source>
        <translation>not issued yet: a draft has no implementation to follow</translation>
    </message>
    <message>
        <source>尚未签发：草稿不能评为优秀</source>
        <translation>not issued yet: a draft cannot be rated excellent</translation>
    </message>
    <message>
        <source>负责人出庭时须写明姓名</source>
        <translation>when the person in charge appears in court, their name must be given</translation>
    </message>
    <message>
        <source>正当理由须有加盖公章或负责人签字的书面证明（第九条）；请登记证明</source>
        <translation>a valid reason needs written proof with the official seal or the signature of the person in charge (Article 9); please register the proof</translation>
    </message>
    <message>
        <source>晚于开庭日期</source>
        <translation>later than the hearing date</translation>
    </message>
    <message>
        <source>找不到开庭记录 {0}</source>
        <translation>hearing record {0} not found</translation>
    </message>
    <message>
        <source>没有「{0}」；可选：{1}</source>
        <translation>there is no “{0}”; choose from: {1}</translation>
    </message>
    <message>
        <source>文件名应以 .xlsx 或 .csv 结尾</source>
        <translation>the file name should end with .xlsx or .csv</translation>
    </message>
    <message>
        <source>第 {0} 行「{1}」应写作：单位 人数 [其中负责人数]</source>
        <translation>row {0} “{1}” should be written as: unit number [of whom persons in charge]</translation>
    </message>
    <message>
        <source>至少登记一个参训单位及其人数</source>
        <translation>register at least one participating unit and its number of participants</translation>
    </message>
    <message>
        <source>{0}不属于{1}</source>
        <translation>{0} does not belong to {1}</translation>
    </message>
    <message>
        <source>找不到口头建议 {0}</source>
        <translation>oral recommendation {0} not found</translation>
    </message>
    <message>
        <source>{0} 早于提出建议的日期 {1}</source>
        <translation>{0} is earlier than the date the recommendation was made, {1}</translation>
    </message>
    <message>
        <source>单位名称不能为空</source>
        <translation>the unit&apos;s name cannot be empty</translation>
    </message>
    <message>
        <source>「{0}…」超过 200 字</source>
        <translation>“{0}…” exceeds 200 characters</translation>
    </message>
    <message>
        <source>「{0}」登记了两次</source>
        <translation>“{0}” is registered twice</translation>
    </message>
    <message>
        <source>「{0}」的人数应在 1–{1} 之间</source>
        <translation>the number of “{0}” should be between 1 and {1}</translation>
    </message>
    <message>
        <source>「{0}」的负责人人数不能为负，也不能多于其参训人数</source>
        <translation>the number of persons in charge of “{0}” cannot be negative or more than its participants</translation>
    </message>
    <message>
        <source>不能为负，也不能多于观摩人数</source>
        <translation>cannot be negative or more than the number of observers</translation>
    </message>
    <message>
        <source>找不到同堂培训 {0}</source>
        <translation>joint training session {0} cannot be found</translation>
    </message>
    <message>
        <source>{0} 晚于单位反馈日期 {1}</source>
        <translation>{0} is later than the date the unit responded, {1}</translation>
    </message>
    <message>
        <source>{0}已就{1}申请司法救助（同一案件只救助一次）</source>
        <translation>{0} has already applied for judicial aid for {1} (aid is given once per case)</translation>
    </message>
    <message>
        <source>找不到司法救助申请 {0}</source>
        <translation>judicial aid application {0} not found</translation>
    </message>
    <message>
        <source>该申请已{0}，不能再作决定</source>
        <translation>this application is already “{0}”; no further decision can be made</translation>
    </message>
    <message>
        <source>该申请{0}，只有决定救助的才能发放</source>
        <translation>this application is “{0}”; only approved aid can be paid</translation>
    </message>
    <message>
        <source>该申请人就本案已领取过司法救助金（一案一次）</source>
        <translation>this applicant has already received judicial aid for this case (once per case)</translation>
    </message>
    <message>
        <source>决定救助须写明金额</source>
        <translation>a decision to grant aid must state the amount</translation>
    </message>
    <message>
        <source>超过上限 {0} 元（上年度职工月平均工资的 {1} 个月）</source>
        <translation>exceeds the limit of {0} yuan ({1} months of last year&apos;s average monthly wage)</translation>
    </message>
    <message>
        <source>余额 {0} 元不足以发放 {1} 元</source>
        <translation>the balance of {0} yuan is not enough to pay {1} yuan</translation>
    </message>
    <message>
        <source>「{0}」无效，可选：{1}</source>
        <translation>“{0}” is invalid; choose from: {1}</translation>
    </message>
    <message>
        <source>应在 2000–{0} 之间</source>
        <translation>should be between 2000 and {0}</translation>
    </message>
    <message>
        <source>文件名应以 .pdf 结尾</source>
        <translation>the file name should end with .pdf</translation>
    </message>
    <message>
        <source>请给出季度或年度</source>
        <translation>please give a quarter or a year</translation>
    </message>
    <message>
        <source>应在 {0}–{1} 之间</source>
        <translation>should be between {0} and {1}</translation>
    </message>
    <message>
        <source>「{0}」不是白皮书的正文章节；可选：{1}</source>
        <translation>“{0}” is not a body section of the white paper; the choices are: {1}</translation>
    </message>
    <message>
        <source>超过 {0} 字</source>
        <translation>longer than {0} characters</translation>
    </message>
    <message>
        <source>判决败诉与撤诉之和不能多于结案数</source>
        <translation>judgments lost plus withdrawals cannot be more than the cases closed</translation>
    </message>
    <message>
        <source>与第 {0} 行重复（同一年度同一法院）</source>
        <translation>the same as row {0} (same year, same court)</translation>
    </message>
    <message>
        <source>{0}；如仍分流协调化解，理由中须说明范围</source>
        <translation>{0}; to divert it to coordination anyway, the reason must explain the scope</translation>
    </message>
    <message>
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>被申请机关</source>
        <translation>Respondent agency</translation>
    </message>
    <message>
        <source>分流理由</source>
        <translation>Reason for diversion</translation>
    </message>
    <message>
        <source>类案预警案由级别</source>
        <translation>Cause level of cluster warnings</translation>
    </message>
    <message>
        <source>类案预警件数</source>
        <translation>Case count of cluster warnings</translation>
    </message>
    <message>
        <source>预警范围</source>
        <translation>Warning scope</translation>
    </message>
    <message>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>达标日期</source>
        <translation>Date met</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>村屯</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>件数/人数</source>
        <translation>Cases/people</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>第 {0} 项落实事项</source>
        <translation>Follow-up item {0}</translation>
    </message>
    <message>
        <source>采纳情况</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>优秀司法建议</source>
        <translation>Excellent judicial recommendation</translation>
    </message>
    <message>
        <source>出庭负责人</source>
        <translation>Person in charge in court</translation>
    </message>
    <message>
        <source>未出庭理由</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>通知送达日期</source>
        <translation>Date the notice was served</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>参训单位</source>
        <translation>Participating units</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organising unit</translation>
    </message>
    <message>
        <source>参训人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>负责人人数</source>
        <translation>Persons in charge</translation>
    </message>
    <message>
        <source>观摩人数</source>
        <translation>Observers</translation>
    </message>
    <message>
        <source>人大代表、政协委员人数</source>
        <translation>People&apos;s congress deputies and CPPCC members</translation>
    </message>
    <message>
        <source>救助金额</source>
        <translation>Aid amount</translation>
    </message>
    <message>
        <source>救助基金</source>
        <translation>Aid fund</translation>
    </message>
    <message>
        <source>案由层级</source>
        <translation>Cause level</translation>
    </message>
    <message>
        <source>第 {0} 行「判决败诉」列</source>
        <translation>row {0}, column “judgments lost”</translation>
    </message>
    <message>
        <source>第 {0} 行「法院」列</source>
        <translation>row {0}, column “court”</translation>
    </message>
    <message>
        <source>不是工作台的数据包（格式 {0}）</source>
        <translation>not a workbench bundle (format {0})</translation>
    </message>
    <message>
        <source>数据包使用的密码套件 {0} 本中院端不支持</source>
        <translation>the bundle uses cipher suite {0}, which this central court does not support</translation>
    </message>
    <message>
        <source>发送数据包的设备未在本中院登记，已拒收（请先办理设备登记）</source>
        <translation>the device that sent the bundle is not enrolled with this central court; refused (please enroll the device first)</translation>
    </message>
    <message>
        <source>设备 {0} 已被停用（{1}），其数据包一律拒收</source>
        <translation>device {0} has been disabled ({1}); its bundles are all refused</translation>
    </message>
    <message>
        <source>数据包来自更新版本的工作台（数据结构 {0}，本中院端为 {1}）：请先把中院端升级到同一版本再导入</source>
        <translation>the bundle comes from a newer workbench (schema {0}, this central court has {1}): please upgrade the central court to the same version before importing</translation>
    </message>
    <message>
        <source>数据包清单的时间戳 {0} 格式不对或超出范围，已拒收</source>
        <translation>the bundle manifest&apos;s timestamp {0} has the wrong format or is out of range; refused</translation>
    </message>
    <message>
        <source>数据包中的时间戳超出范围（{0}），已拒收；中院数据未作改动</source>
        <translation>a timestamp in the bundle is out of range ({0}); refused, and the central court&apos;s data was not changed</translation>
    </message>
    <message>
        <source>另一个数据包的导入已进行超过 {0} 分钟，本次未导入、中院数据未作改动；请稍后再导入此数据包</source>
        <translation>another bundle has been importing for more than {0} minutes; this bundle was not imported and the central court&apos;s data was not changed; please import it again later</translation>
    </message>
    <message>
        <source>不是工作台生成的设备登记申请</source>
        <translation>not a device enrollment request made by the workbench</translation>
    </message>
    <message>
        <source>申请缺少设备编号或公钥</source>
        <translation>the request has no device number or public key</translation>
    </message>
    <message>
        <source>申请的签名不符：文件被改动过</source>
        <translation>the request&apos;s signature does not match: the file was changed</translation>
    </message>
    <message>
        <source>该设备尚未获批</source>
        <translation>this device has not been approved yet</translation>
    </message>
    <message>
        <source>没有设备「{0}」的待批准申请：可查看待批准的申请</source>
        <translation>there is no pending request from device “{0}”: see the pending requests</translation>
    </message>
    <message>
        <source>「{0}」对应 {1} 份申请：请改用设备 ID 或核对码</source>
        <translation>“{0}” matches {1} requests: please use the device ID or the check code</translation>
    </message>
    <message>
        <source>请写明驳回原因（设备会向使用者显示）</source>
        <translation>please give the reason for refusal (the device shows it to its user)</translation>
    </message>
    <message>
        <source>请写明停用原因（设备会向使用者显示）</source>
        <translation>please give the reason for disabling (the device shows it to its user)</translation>
    </message>
    <message>
        <source>找不到设备「{0}」：可查看已登记的设备</source>
        <translation>device “{0}” not found: see the enrolled devices</translation>
    </message>
    <message>
        <source>该中院端记录的数据库是 {0}，与给出的 {1} 不符；不给数据库地址即用记录的那个</source>
        <translation>this central court records the database {0}, which differs from the given {1}; without a database address the recorded one is used</translation>
    </message>
    <message>
        <source>应为不超过 64 个字符的文字</source>
        <translation>should be text of at most 64 characters</translation>
    </message>
    <message>
        <source>找不到法院「{0}」</source>
        <translation>court “{0}” not found</translation>
    </message>
    <message>
        <source>该设备已被停用（{0}），不能重新登记；请换用新设备</source>
        <translation>this device has been disabled ({0}) and cannot enroll again; please use a new device</translation>
    </message>
    <message>
        <source>该设备已用另一把密钥登记过；如确需更换，请先停用旧登记</source>
        <translation>this device has already enrolled with another key; to replace it, disable the old enrollment first</translation>
    </message>
    <message>
        <source>申请中的回执加密公钥无效</source>
        <translation>the receipt encryption public key in the request is invalid</translation>
    </message>
    <message>
        <source>不是有效的 age 公钥（应以 age1 开头）</source>
        <translation>not a valid age public key (it should begin with age1)</translation>
    </message>
    <message>
        <source>{0} 已有另一个中院端的密钥：新建中院端请换一个文件夹</source>
        <translation>{0} already holds the keys of another central court: use another folder for a new central court</translation>
    </message>
    <message>
        <source>申请文件</source>
        <translation>Request file</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>驳回原因</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>停用原因</source>
        <translation>Reason for disabling</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>申请文件 {0}</source>
        <translation>Request file {0}</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>离线备份收件人</source>
        <translation>Offline backup recipient</translation>
    </message>
    <message>
        <source>中院端</source>
        <translation>Central court</translation>
    </message>
    <message>
        <source>法人或非法人组织必填</source>
        <translation>required for a legal person or other organization</translation>
    </message>
    <message>
        <source>只有自然人才填写身份证号码</source>
        <translation>only natural persons have an ID number</translation>
    </message>
    <message>
        <source>案件已指派调解员，至少要保留一名；要换人请用“替换”</source>
        <translation>the case has mediators assigned; keep at least one; to change people use “Replace”</translation>
    </message>
    <message>
        <source>行政争议的被申请人应为行政机关（kind: agency）</source>
        <translation>the respondent of an administrative dispute should be an administrative agency (kind: agency)</translation>
    </message>
    <message>
        <source>找不到法庭「{0}」</source>
        <translation>court “{0}” not found</translation>
    </message>
    <message>
        <source>填写的性别「{0}」与身份证号码（{1}）不符</source>
        <translation>the sex given, “{0}”, does not match the ID card number ({1})</translation>
    </message>
    <message>
        <source>本案还没有安排调解，没有笔录可打印</source>
        <translation>no mediation session has been scheduled for this case, so there is no record to print</translation>
    </message>
    <message>
        <source>本案各次调解都还没有保存笔录</source>
        <translation>no mediation session of this case has a saved record yet</translation>
    </message>
    <message>
        <source>本案只有 {0} 次调解：请打印第 1–{1} 次的笔录</source>
        <translation>this case has only {0} mediation sessions: print the record of session 1–{1}</translation>
    </message>
    <message>
        <source>第 {0} 次调解还没有保存笔录，无法打印</source>
        <translation>mediation session {0} has no saved record yet and cannot be printed</translation>
    </message>
    <message>
        <source>调解组织名录中没有「{0}」{1}</source>
        <translation>the roster of mediation organisations has no “{0}”{1}</translation>
    </message>
    <message>
        <source>「{0}」应为 是 或 否</source>
        <translation>“{0}” should be 是 (yes) or 否 (no)</translation>
    </message>
    <message>
        <source>请填写调解组织</source>
        <translation>please enter the mediation organisation</translation>
    </message>
    <message>
        <source>请填写调解组织的登记全称</source>
        <translation>please enter the registered full name of the mediation organisation</translation>
    </message>
    <message>
        <source>不能超过 100 个字，现为 {0} 个字</source>
        <translation>cannot exceed 100 characters; now {0}</translation>
    </message>
    <message>
        <source>「{0}」已在调解组织名录中</source>
        <translation>“{0}” is already in the roster of mediation organisations</translation>
    </message>
    <message>
        <source>「{0}」不是调解组织类型；可选：{1}</source>
        <translation>“{0}” is not a kind of mediation organisation; choose from: {1}</translation>
    </message>
    <message>
        <source>不能早于启用日期</source>
        <translation>cannot be earlier than the start date</translation>
    </message>
    <message>
        <source>不能超过 500 个字</source>
        <translation>cannot exceed 500 characters</translation>
    </message>
    <message>
        <source>「{0}」已于 {1} 停用</source>
        <translation>“{0}” was disabled on {1}</translation>
    </message>
    <message>
        <source>不能早于启用日期 {0}</source>
        <translation>cannot be earlier than the start date {0}</translation>
    </message>
    <message>
        <source>「{0}」不是日期（YYYY-MM-DD）</source>
        <translation>“{0}” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>「{0}」已于 {1} 停用，不能再加入</source>
        <translation>“{0}” was disabled on {1} and cannot be added again</translation>
    </message>
    <message>
        <source>本案没有名为「{0}」的{1}</source>
        <translation>this case has no {1} named “{0}”</translation>
    </message>
    <message>
        <source>本案有 {0} 个名为「{1}」的当事人，请用当事人 ID 指定</source>
        <translation>this case has {0} parties named “{1}”; please name the party by its ID</translation>
    </message>
    <message>
        <source>合计不能超过200字</source>
        <translation>cannot exceed 200 characters in total</translation>
    </message>
    <message>
        <source>身份证号码显示为{0}性，与“{1}”不符，请核对</source>
        <translation>the ID card number shows sex {0}, which does not match “{1}”; please check</translation>
    </message>
    <message>
        <source>「{0}」不是自然人；单位由法定代表人或负责人代表</source>
        <translation>“{0}” is not a natural person; an organisation is represented by its legal representative or person in charge</translation>
    </message>
    <message>
        <source>身份证号码与已登记的「{0}」相同，但姓名不同，请核对</source>
        <translation>the ID card number is the same as registered “{0}”, but the name differs; please check</translation>
    </message>
    <message>
        <source>「{0}」过长或含分号；每项单独填写</source>
        <translation>“{0}” is too long or contains a semicolon; enter each matter separately</translation>
    </message>
    <message>
        <source>「{0}」不是自然人</source>
        <translation>“{0}” is not a natural person</translation>
    </message>
    <message>
        <source>按此号码，法定代理人{0}，不能担任法定代理人</source>
        <translation>by this number, the legal representative {0} and cannot act as legal representative</translation>
    </message>
    <message>
        <source>「{0}」不是角色；可选：{1}</source>
        <translation>“{0}” is not a role; choose from: {1}</translation>
    </message>
    <message>
        <source>{0}「{1}」无权{2}：此操作只能由{3}进行</source>
        <translation>{0} “{1}” may not {2}: only {3} can do this</translation>
    </message>
    <message>
        <source>自编代码已用完，请指定代码</source>
        <translation>the self-assigned codes are used up; please give a code</translation>
    </message>
    <message>
        <source>「{0}」（{1}）已于 {2} 停用，不能再选用</source>
        <translation>“{0}” ({1}) was disabled on {2} and can no longer be chosen</translation>
    </message>
    <message>
        <source>地名库中没有「{0}」。请从列表中选择（可输入几个字或拼音首字母，如 bd），或由有权限的人员用“添加地点”登记后再选</source>
        <translation>the place list has no “{0}”. Choose from the list (type a few characters or pinyin initials, e.g. bd), or have someone with permission register it with “Add place” first</translation>
    </message>
    <message>
        <source>「{0}」有多处：{1}{2}；请写明上级乡镇或从列表中选择</source>
        <translation>“{0}” exists in several places: {1}{2}; please give the township or choose from the list</translation>
    </message>
    <message>
        <source>「{0}」不是地点级别；可用：乡镇、村、社区、园区、县区</source>
        <translation>“{0}” is not a place level; available: 乡镇 (township), 村 (village), 社区 (community), 园区 (park), 县区 (district)</translation>
    </message>
    <message>
        <source>不能超过 64 个字，现为 {0} 个字</source>
        <translation>cannot exceed 64 characters; now {0}</translation>
    </message>
    <message>
        <source>{0}的上级应为{1}，「{2}」是{3}</source>
        <translation>the parent of {0} should be {1}; “{2}” is {3}</translation>
    </message>
    <message>
        <source>{0}已有「{1}」（代码 {2}）；同名地点可用“别名”补充叫法</source>
        <translation>{0} already has “{1}” (code {2}); add other names for the same place as aliases</translation>
    </message>
    <message>
        <source>代码 {0} 已被「{1}」使用</source>
        <translation>code {0} is already used by “{1}”</translation>
    </message>
    <message>
        <source>缺少列：{0}；应有：{1}</source>
        <translation>missing columns: {0}; expected: {1}</translation>
    </message>
    <message>
        <source>园区「{0}」没有统计区划代码，村（社区）请挂在其所在乡镇下</source>
        <translation>park “{0}” has no statistical division code; put a village (community) under its township</translation>
    </message>
    <message>
        <source>应为 12 位数字（如 220702202901），实为「{0}」</source>
        <translation>should be 12 digits (e.g. 220702202901); found “{0}”</translation>
    </message>
    <message>
        <source>应以上级「{0}」的代码 {1} 开头</source>
        <translation>should begin with the code {1} of the parent “{0}”</translation>
    </message>
    <message>
        <source>「{0}」已有别名「{1}」</source>
        <translation>“{0}” already has the alias “{1}”</translation>
    </message>
    <message>
        <source>只接受 .csv 或 .xlsx 文件，实为「{0}」</source>
        <translation>only .csv or .xlsx files are accepted; found “{0}”</translation>
    </message>
    <message>
        <source>只能导出为 .csv 或 .xlsx，实为「{0}」</source>
        <translation>can only export as .csv or .xlsx; found “{0}”</translation>
    </message>
    <message>
        <source>找不到旧地点「{0}」；请查看待对应的地点</source>
        <translation>old place “{0}” not found; please see the places awaiting matching</translation>
    </message>
    <message>
        <source>「{0}」已对应到地名库</source>
        <translation>“{0}” is already matched to the place list</translation>
    </message>
    <message>
        <source>没有地点写作「{0}」且尚未对应的案件</source>
        <translation>no case has the place written as “{0}” still unmatched</translation>
    </message>
    <message>
        <source>「{0}」有 {1} 条旧地点，请用待对应列表中的 ID</source>
        <translation>“{0}” has {1} old places; please use the ID from the list awaiting matching</translation>
    </message>
    <message>
        <source>代码 {0} 已是「{1}」，名称或上级不同</source>
        <translation>code {0} is already “{1}”, with a different name or parent</translation>
    </message>
    <message>
        <source>找不到案件 {0}</source>
        <translation>case {0} not found</translation>
    </message>
    <message>
        <source>第 {0} 版{1}的存档文件不在本机（可能尚未同步）</source>
        <translation>the archived file of version {0} of {1} is not on this computer (perhaps not synced yet)</translation>
    </message>
    <message>
        <source>第 {0} 版{1}刚由别处生成；请重新打印</source>
        <translation>version {0} of {1} was just made elsewhere; please print again</translation>
    </message>
    <message>
        <source>没有第 {0} 版{1}（{2}）；不指定版本则按现有资料打印</source>
        <translation>there is no version {0} of {1} ({2}); without a version, it is printed from the current data</translation>
    </message>
    <message>
        <source>没有为{0}（{1}）配置地名简称；请管理员在设置的参考数据“司法建议书编号地名简称”中补充</source>
        <translation>no short place name is configured for {0} ({1}); an administrator should add it in Settings, reference data “司法建议书编号地名简称”</translation>
    </message>
    <message>
        <source>请选择来源案件，或写明行政判决的案号</source>
        <translation>please choose the source case, or give the case number of the administrative judgment</translation>
    </message>
    <message>
        <source>找不到司法建议书 {0}</source>
        <translation>judicial recommendation {0} not found</translation>
    </message>
    <message>
        <source>{0} 已签发，内容已冻结，不能{1}</source>
        <translation>{0} has been issued and its content is frozen; cannot {1}</translation>
    </message>
    <message>
        <source>应为 1–{0} 个月，收到 {1}</source>
        <translation>should be 1–{0} months; got {1}</translation>
    </message>
    <message>
        <source>案件没有所属法院</source>
        <translation>the case has no court</translation>
    </message>
    <message>
        <source>司法建议书没有所属法院</source>
        <translation>the judicial recommendation has no court</translation>
    </message>
    <message>
        <source>尚未签发：草稿不能送达；请先登记签发</source>
        <translation>not issued yet: a draft cannot be served; please register the issue first</translation>
    </message>
    <message>
        <source>早于签发日期 {0}</source>
        <translation>earlier than the issue date {0}</translation>
    </message>
    <message>
        <source>本案还没有司法建议书；请先起草</source>
        <translation>this case has no judicial recommendation yet; please draft one first</translation>
    </message>
    <message>
        <source>本案有 {0} 份司法建议书：请打印第 1–{1} 份</source>
        <translation>this case has {0} judicial recommendations: print number 1–{1}</translation>
    </message>
    <message>
        <source>{0} 已在第 {1} 行出现</source>
        <translation>{0} already appears in row {1}</translation>
    </message>
    <message>
        <source>应填“是”或“否”，实为「{0}」</source>
        <translation>should be “是” (yes) or “否” (no); found “{0}”</translation>
    </message>
    <message>
        <source>含有空字符（\0），无法保存</source>
        <translation>contains a null character (\0) and cannot be saved</translation>
    </message>
    <message>
        <source>案件状态为「{0}」，不能再安排调解</source>
        <translation>the case status is “{0}”; mediation can no longer be scheduled</translation>
    </message>
    <message>
        <source>笔录已在别处保存为第 {0} 版（你编辑的是第 {1} 版）；你这次的文字尚未保存，请保留它并与最新版本合并后再保存（两版都不会被覆盖）</source>
        <translation>the record was saved elsewhere as version {0} (you were editing version {1}); your text is not saved yet — keep it and merge it with the newest version, then save (neither version is overwritten)</translation>
    </message>
    <message>
        <source>「{0}」无效</source>
        <translation>“{0}” is invalid</translation>
    </message>
    <message>
        <source>本机尚未初始化：请先初始化本机</source>
        <translation>this computer is not set up yet: please set it up first</translation>
    </message>
    <message>
        <source>数据库无法用此密钥打开：密钥文件与数据库不匹配，或数据库已损坏</source>
        <translation>the database cannot be opened with this key: the key file does not match the database, or the database is damaged</translation>
    </message>
    <message>
        <source>这是演示工作区：演示数据不登记、不同步到法院</source>
        <translation>this is a demo workspace: demo data is not registered or synced to the court</translation>
    </message>
    <message>
        <source>请填写完整的地址，如 https://10.22.1.5:8443</source>
        <translation>please enter the full address, e.g. https://10.22.1.5:8443</translation>
    </message>
    <message>
        <source>调解员名册中没有「{0}」{1}</source>
        <translation>the mediator roster has no “{0}”{1}</translation>
    </message>
    <message>
        <source>至少指派一名调解员</source>
        <translation>assign at least one mediator</translation>
    </message>
    <message>
        <source>应为 1 到 365 之间的整数</source>
        <translation>must be a whole number from 1 to 365</translation>
    </message>
    <message>
        <source>{0} 已用于案件 {1}</source>
        <translation>{0} is already used for case {1}</translation>
    </message>
    <message>
        <source>调解员尚未接受委派，调解期限还未起算</source>
        <translation>the mediator has not accepted the assignment; the mediation period has not started</translation>
    </message>
    <message>
        <source>延长调解期限须经全部当事人同意，尚有 {0} 方未记录同意</source>
        <translation>extending the mediation period needs the consent of all parties; {0} parties&apos; consent is not recorded yet</translation>
    </message>
    <message>
        <source>案件状态为「{0}」，调解期限不在进行中，不能中止</source>
        <translation>the case status is “{0}”; the mediation period is not running and cannot be suspended</translation>
    </message>
    <message>
        <source>本案已于 {0} 中止（{1}），请先恢复</source>
        <translation>this case was suspended on {0} ({1}); please resume it first</translation>
    </message>
    <message>
        <source>调解员尚未接受委派，调解期限还未起算，无需中止</source>
        <translation>the mediator has not accepted the assignment, so the mediation period has not started and needs no suspension</translation>
    </message>
    <message>
        <source>{0} 早于接受委派日期 {1}</source>
        <translation>{0} is earlier than the date the assignment was accepted, {1}</translation>
    </message>
    <message>
        <source>调解期限已于 {0} 届满，不能再中止；经各方当事人同意可以延长</source>
        <translation>the mediation period ended on {0} and can no longer be suspended; it can be extended with the consent of all parties</translation>
    </message>
    <message>
        <source>本案调解没有中止，无需恢复</source>
        <translation>mediation of this case is not suspended; no need to resume</translation>
    </message>
    <message>
        <source>{0} 早于中止日期 {1}</source>
        <translation>{0} is earlier than the suspension date {1}</translation>
    </message>
    <message>
        <source>案件尚未进入调解，不能以“达成调解协议”结束；请先开始调解</source>
        <translation>the case is not in mediation yet and cannot end with “Agreement reached”; start mediation first</translation>
    </message>
    <message>
        <source>请选择设备所属的法院或法庭</source>
        <translation>choose the court or tribunal this computer belongs to</translation>
    </message>
    <message>
        <source>请填写地点</source>
        <translation>please enter the place</translation>
    </message>
    <message>
        <source>请填写上级地点（乡镇、县区或园区）</source>
        <translation>please enter the parent place (township, county/district or park)</translation>
    </message>
    <message>
        <source>文件是空的</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>本案没有当事人，无法打印</source>
        <translation>the case has no parties and cannot be printed</translation>
    </message>
    <message>
        <source>履行回访须写明履行情况：全部履行、部分履行或未履行</source>
        <translation>a follow-up visit must state the performance: fully, partly or not performed</translation>
    </message>
    <message>
        <source>已履行金额等于应履行金额，应为全部履行</source>
        <translation>the amount paid equals the amount due, so it is fully performed</translation>
    </message>
    <message>
        <source>应大于 0</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <source>与被代理的当事人本人的号码相同</source>
        <translation>same number as the represented party&apos;s own</translation>
    </message>
    <message>
        <source>该代理人未登记代理的是哪一方当事人</source>
        <translation>this agent has no represented party registered</translation>
    </message>
    <message>
        <source>授权事项只用于特别授权</source>
        <translation>powers are listed only for special authority</translation>
    </message>
    <message>
        <source>授权事项合计不能超过200字</source>
        <translation>the powers together cannot exceed 200 characters</translation>
    </message>
    <message>
        <source>与当事人关系只用于法定代理人</source>
        <translation>the relation applies to guardians only</translation>
    </message>
    <message>
        <source>一般授权不列特别授权事项；如委托书列有这些事项，请选择特别授权</source>
        <translation>general authority lists no special powers; if the power of attorney lists them, choose special authority</translation>
    </message>
    <message>
        <source>同一当事人（证件号码或所选的已登记当事人相同）不能既是申请人又是被申请人</source>
        <translation>the same party (same ID number or same registered party) cannot be both applicant and respondent</translation>
    </message>
    <message>
        <source>只有人民调解的案件才填写人民调解纠纷类型</source>
        <translation>only people&apos;s mediation cases have a people&apos;s mediation type</translation>
    </message>
    <message>
        <source>只有行政争议才填写争议行政行为</source>
        <translation>only administrative disputes have an act in dispute</translation>
    </message>
    <message>
        <source>本案没有登记调解员：司法确认须就调解组织或调解员主持达成的协议申请，请先指派调解员</source>
        <translation>no mediator is registered for this case: judicial confirmation requires an agreement reached under a mediation body or mediator; assign a mediator first</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>与存档一致</source>
        <translation>Matches the archive</translation>
    </message>
    <message>
        <source>已被替代</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>草稿，不是已出具的文书</source>
        <translation>A draft, not an issued paper</translation>
    </message>
    <message>
        <source>不一致</source>
        <translation>Differs</translation>
    </message>
    <message>
        <source>查无此文书</source>
        <translation>No such paper</translation>
    </message>
    <message>
        <source>无法逐页比对</source>
        <translation>Cannot compare page by page</translation>
    </message>
    <message>
        <source>核验文书</source>
        <translation>Verify a paper</translation>
    </message>
    <message>
        <source>用扫码枪扫描文书右下角的二维码（扫完自动核验），或输入页脚的验证码后按回车；当事人交来的 PDF 文件可点“选择 PDF 文件”。</source>
        <translation>Scan the QR code at the bottom right of the paper (it is verified once scanned), or type the verification code from the footer and press Enter; for a PDF file a party hands in, click &quot;Choose PDF file&quot;.</translation>
    </message>
    <message>
        <source>扫描二维码，或输入验证码，如 NENTQ-AXBNE</source>
        <translation>Scan the QR code or type the verification code, e.g. NENTQ-AXBNE</translation>
    </message>
    <message>
        <source>核验(&amp;C)</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>选择 PDF 文件(&amp;F)…</source>
        <translation>Choose PDF &amp;file…</translation>
    </message>
    <message>
        <source>请先扫描二维码或输入验证码</source>
        <translation>Scan the QR code or type the verification code first</translation>
    </message>
    <message>
        <source>选择要核验的 PDF 文件</source>
        <translation>Choose the PDF file to verify</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>找不到文件</source>
        <translation>File not found</translation>
    </message>
</context>
<context>
    <name>WhitePaperEditor</name>
    <message>
        <source>白皮书正文</source>
        <translation>White paper narrative</translation>
    </message>
    <message>
        <source>年度(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>导入行政诉讼收结案数(&amp;I)…</source>
        <translation>&amp;Import administrative litigation totals…</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>有改动尚未保存（{at} 已自动留存草稿）</source>
        <translation>Unsaved changes (draft kept automatically at {at})</translation>
    </message>
    <message>
        <source>全部法院</source>
        <translation>All courts</translation>
    </message>
    <message>
        <source>{year}年度行政审判白皮书&#x3000;{scope}</source>
        <translation>Administrative adjudication white paper {year}  {scope}</translation>
    </message>
    <message>
        <source>留空则打印系统生成的问题提示</source>
        <translation>Left empty, the generated problem notes are printed</translation>
    </message>
    <message>
        <source>留空则白皮书不印此章节</source>
        <translation>Left empty, this section is not printed</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>本年度尚未导入行政诉讼收结案数（白皮书不印该表）。</source>
        <translation>No administrative litigation totals imported for this year (the white paper leaves the table out).</translation>
    </message>
    <message>
        <source>行政诉讼：收案 {received} 件，结案 {closed} 件，败诉率 {lost}，撤诉率 {withdrawn}；{source}</source>
        <translation>Administrative litigation: {received} received, {closed} closed, loss rate {lost}, withdrawal rate {withdrawn}; {source}</translation>
    </message>
    <message>
        <source>导入行政诉讼收结案数</source>
        <translation>Import administrative litigation totals</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>已导入 {rows} 行</source>
        <translation>Imported {rows} rows</translation>
    </message>
</context>
</TS>
