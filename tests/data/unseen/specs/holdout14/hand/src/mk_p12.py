import os
from wrapdoc import emit
C = ["# CSDN blog post saved by a crawler as markdown (ATX headings, '-' bullets, fenced code, links kept): nav link list, search,",
     "# login, the title as '# …' (gold title without the '#', via fixes/), 最新推荐 line, author/修改/阅读量/收藏/点赞 rows, 分类专栏",
     "# and 文章标签 links, CSDN 版权声明 + 本文链接 rows, '版权'; UTF-8; blank line between blocks; opening paragraph (preamble);",
     "# '## 一、' whole-line parts; '- 1、' list items (the author's list: markers 1、) and '1. ' items; code blocks: every code",
     "# line is one paragraph, the ``` fence lines are markup (not content); 'crontab -l' appears twice (content both times);",
     "# text after the last item of a part belongs to that item; tail: 知识点 row, author card, 点赞/踩/收藏/评论/分享/打赏",
     "# bar, comments with a blogger reply, 热门推荐 links, footer"]
top = ["[![Image 1: CSDN首页](https://img-home.csdnimg.cn/images/20201124032511.png)](https://www.csdn.net/)",
       "- [博客](https://blog.csdn.net/)",
       "- [下载](https://download.csdn.net/)",
       "- [学习](https://edu.csdn.net/)",
       "- [社区](https://bbs.csdn.net/)",
       "- [GitCode](https://gitcode.com/)",
       "- [InsCode](https://inscode.net/)",
       "搜索",
       "[登录](https://passport.csdn.net/login)　[会员中心](https://mall.csdn.net/vip)　[消息](https://i.csdn.net/#/msg/index)　[创作](https://mp.csdn.net/)"]
head = ["最新推荐文章于 2024-06-12 08:15:00 发布",
        "[![Image 2](https://csdnimg.cn/release/blogv2/dist/pc/img/original.png)](https://blog.csdn.net/qq_41826357) [qq_41826357](https://blog.csdn.net/qq_41826357) 已于 2023-09-21 14:02:17 修改",
        "阅读量2.6k 收藏 73 点赞数 21",
        "分类专栏： [数据库运维](https://blog.csdn.net/qq_41826357/category_12253417.html) 文章标签： [mysql](https://so.csdn.net/so/search/s.do?q=mysql) [数据库](https://so.csdn.net/so/search/s.do?q=数据库) [linux](https://so.csdn.net/so/search/s.do?q=linux)",
        "版权声明：本文为博主原创文章，遵循 [CC 4.0 BY-SA](http://creativecommons.org/licenses/by-sa/4.0/) 版权协议，转载请附上原文出处链接和本声明。",
        "本文链接：[https://blog.csdn.net/qq_41826357/article/details/133104266](https://blog.csdn.net/qq_41826357/article/details/133104266)",
        "版权"]
def code(lang, *ls):
    return [("c", "```" + lang)] + [("p", l) for l in ls] + [("c", "```")]
body = [
("t", "# MySQL定时备份实战：shell脚本+crontab自动备份并保留最近7天"),
*[("c", x) for x in head],
("p", "生产环境的数据库一定要有备份！前段时间同事误删了一张业务表，幸好前一天晚上有全量备份，才把损失降到最低。这件事之后，我把公司几台MySQL服务器的备份方案统一整理了一下：用shell脚本调用mysqldump做全量备份并压缩，用crontab每天凌晨定时执行，只保留最近7天的备份文件。本文把完整过程记录下来，方便以后查阅，也给有需要的同学参考。"),
("s1!", "## 一、环境说明"),
("s2", "- 1、操作系统：CentOS 7.9"),
("s2", "- 2、数据库版本：MySQL 5.7.40"),
("s2", "- 3、备份目录：/data/backup/mysql，所在磁盘的剩余空间最好不小于数据库大小的3倍"),
("s1!", "## 二、创建备份专用账号"),
("p", "不建议直接用root账号做备份，单独建一个只有备份所需权限的账号更安全："),
*code("sql",
      "CREATE USER 'backup'@'localhost' IDENTIFIED BY 'Bk#2023pass';",
      "GRANT SELECT, RELOAD, LOCK TABLES, SHOW VIEW, EVENT, TRIGGER ON *.* TO 'backup'@'localhost';",
      "FLUSH PRIVILEGES;"),
("s1!", "## 三、编写备份脚本"),
("p", "新建脚本文件 /data/backup/mysql_backup.sh，内容如下："),
*code("bash",
      "#!/bin/bash",
      "# MySQL全量备份脚本，只保留最近7天的备份",
      "BACKUP_DIR=/data/backup/mysql",
      "DATE=$(date +%Y%m%d_%H%M%S)",
      "DB_USER=backup",
      "DB_PASS='Bk#2023pass'",
      "mysqldump -u$DB_USER -p$DB_PASS --all-databases --single-transaction --routines --triggers | gzip > $BACKUP_DIR/all_$DATE.sql.gz",
      "find $BACKUP_DIR -name \"all_*.sql.gz\" -mtime +7 -delete",
      "echo \"$(date '+%F %T') backup done\" >> $BACKUP_DIR/backup.log"),
("p", "脚本中几个参数的作用说明如下："),
("s2", "- 1、--single-transaction：对InnoDB表在一个事务中导出，备份期间不锁表，不影响业务的正常读写。"),
("s2", "- 2、--routines和--triggers：同时导出存储过程、函数和触发器。这两项默认是不导出的，恢复时很容易漏掉。"),
("s2", "- 3、find … -mtime +7 -delete：删除7天以前的备份文件，避免磁盘被占满。"),
("p", "保存后给脚本加上执行权限，先手动执行一次，确认备份文件能正常生成："),
*code("bash",
      "chmod +x /data/backup/mysql_backup.sh",
      "/data/backup/mysql_backup.sh",
      "ls -lh /data/backup/mysql"),
("s1!", "## 四、配置定时任务"),
("p", "执行 crontab -e，添加下面这一行，表示每天凌晨2点执行一次备份："),
*code("bash", "0 2 * * * /data/backup/mysql_backup.sh >/dev/null 2>&1"),
("p", "保存退出后，查看定时任务是否添加成功："),
*code("bash", "crontab -l"),
("s1!", "## 五、恢复测试"),
("p", "备份做了不等于能恢复。建议每个月找一台测试机做一次恢复演练："),
*code("bash", "gunzip < /data/backup/mysql/all_20230920_020001.sql.gz | mysql -uroot -p"),
("p", "恢复完成后，抽查几张核心业务表的记录数，与生产库对比一致才算通过。"),
("s1!", "## 六、注意事项"),
("s2", "1. 备份文件最好再同步一份到另一台服务器或对象存储上，防止整台机器故障时备份也一起丢失。"),
("s2", "2. 如果crond服务没有运行，定时任务是不会执行的，可以用 systemctl status crond 查看服务状态。"),
("s2", "3. 修改脚本或调整服务器时间以后，记得再执行一次下面的命令，确认定时任务还在："),
*code("bash", "crontab -l"),
("p", "以上就是MySQL定时备份的完整流程，有问题欢迎在评论区留言交流。"),
]
tail = ["文章知识点与官方知识档案匹配，可进一步学习相关知识",
        "[MySQL入门技能树](https://edu.csdn.net/skill/mysql)[首页](https://edu.csdn.net/skill/mysql)[概览](https://edu.csdn.net/skill/mysql)103285 人正在系统学习中",
        "[![Image 3: qq_41826357](https://profile-avatar.csdnimg.cn/default.jpg!1)](https://blog.csdn.net/qq_41826357)",
        "[qq_41826357](https://blog.csdn.net/qq_41826357) 关注 关注",
        "- ![Image 4](https://csdnimg.cn/release/blogv2/dist/pc/img/tobarThumbUpactive.png) 21 点赞",
        "- 踩",
        "- 73 收藏 觉得还不错? 一键收藏",
        "- 5 评论",
        "- 分享 复制链接 分享到 QQ 分享到新浪微博 扫一扫",
        "- 打赏",
        "5 条评论",
        "[运维小白2021](https://blog.csdn.net/ywxb2021) 2023.10.08",
        "请问Ubuntu上find那一句也能直接用吗？",
        "[qq_41826357](https://blog.csdn.net/qq_41826357) 博主 回复 运维小白2021：可以的，find是通用命令",
        "[dba_老周](https://blog.csdn.net/dba_laozhou) 2023.11.20",
        "建议再加上 --master-data=2，方便以后基于binlog做时间点恢复",
        "查看更多评论",
        "热门推荐",
        "[mysql定时备份脚本（亲测可用）_mysql备份脚本-CSDN博客](https://blog.csdn.net/weixin_43826157/article/details/126530477)",
        "[Linux下使用crontab定时备份MySQL数据库_定时备份数据库-CSDN博客](https://blog.csdn.net/zhangsan_1024/article/details/119874563)",
        "[xtrabackup物理备份与恢复详解](https://blog.csdn.net/dba_laozhou/article/details/130215896)",
        "©️2022 CSDN 皮肤主题：大白 设计师：CSDN官方博客 [返回首页](https://blog.csdn.net/)"]
# blank line after every block, none inside a code fence
out, inside = [], False
for t, x in body:
    if t == "c" and x.startswith("```"):
        if not inside:
            out.append(("c", x)); inside = True
        else:
            out.append(("c", x)); out.append(("c", "")); inside = False
        continue
    out.append((t, x))
    if not inside:
        out.append(("c", ""))
lines = [("c", x) for x in top] + [("c", "")] + out + [("c", x) for x in tail]
emit(os.environ.get("OUT", "p12_csdn_mysql-beifen.txt"), C, lines)
