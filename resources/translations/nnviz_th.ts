<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>App</name>
    <message>
        <location filename="../../nnviz/gui/app.py" line="55"/>
        <source>no display to open the app on (DISPLAY is not set); `nnviz render --out FILE.png` draws the window to an image instead</source>
        <translation>ไม่มีจอแสดงผลให้เปิดแอป (ไม่ได้ตั้งค่า DISPLAY); ใช้ `nnviz render --out FILE.png` เพื่อวาดหน้าต่างเป็นภาพแทน</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../nnviz/cli.py" line="65"/>
        <source>--lang {code}: unknown language; choose one of {choices}</source>
        <translation>--lang {code}: ไม่รู้จักภาษานี้; เลือกหนึ่งใน {choices}</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="58"/>
        <source>kind must be one of {kinds} (or None: detect), not {kind}</source>
        <translation>kind ต้องเป็นค่าใดค่าหนึ่งใน {kinds} (หรือ None: ตรวจหาเอง) ไม่ใช่ {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="65"/>
        <location filename="../../nnviz/core/data/idx.py" line="232"/>
        <source>{path}: the file is empty (no rows)</source>
        <translation>{path}: ไฟล์ว่างเปล่า (ไม่มีแถว)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="68"/>
        <source>{path}: line {line} has a single column; need at least one feature column and the target as the last column, separated by &apos;,&apos;, &apos;;&apos; or tab</source>
        <translation>{path}: บรรทัด {line} มีคอลัมน์เดียว ต้องมีคอลัมน์คุณลักษณะอย่างน้อยหนึ่งคอลัมน์ และเป้าหมายเป็นคอลัมน์สุดท้าย คั่นด้วย &apos;,&apos;, &apos;;&apos; หรือแท็บ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="76"/>
        <location filename="../../nnviz/core/data/idx.py" line="237"/>
        <source>{path}: no data rows after the header on line {line}</source>
        <translation>{path}: ไม่มีแถวข้อมูลหลังหัวตารางในบรรทัด {line}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="81"/>
        <source>{path}: line {line} has {cells}, line {first} has {width} ({column} is missing)</source>
        <translation>{path}: บรรทัด {line} มี {cells} บรรทัด {first} มี {width} ({column} ขาดไป)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="83"/>
        <source>{path}: line {line} has {cells}, line {first} has {width} ({column} is extra)</source>
        <translation>{path}: บรรทัด {line} มี {cells} บรรทัด {first} มี {width} ({column} เกินมา)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="98"/>
        <source>{path}: the target, {column}, holds the single value {value}; classification needs at least two classes</source>
        <translation>{path}: เป้าหมาย {column} มีค่าเดียวคือ {value} การจำแนกต้องมีอย่างน้อยสองคลาส</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="164"/>
        <source>{path}: line {line}, column {column}: a quoted cell runs on to line {end} (is a closing quote missing?)</source>
        <translation>{path}: บรรทัด {line} คอลัมน์ {column}: เซลล์ในเครื่องหมายคำพูดยาวต่อไปถึงบรรทัด {end} (ลืมปิดเครื่องหมายคำพูดหรือเปล่า?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="174"/>
        <source>{path}: line {line}: {error}</source>
        <translation>{path}: บรรทัด {line}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="193"/>
        <source>1 cell</source>
        <translation>1 เซลล์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="193"/>
        <source>{k} cells</source>
        <translation>{k} เซลล์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="199"/>
        <source>column {j} ({name})</source>
        <translation>คอลัมน์ {j} ({name})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="200"/>
        <source>column {j}</source>
        <translation>คอลัมน์ {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="216"/>
        <source>{path}: line {line}, {column}</source>
        <translation>{path}: บรรทัด {line} {column}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="219"/>
        <source>{where}: empty cell; every cell must be a number</source>
        <translation>{where}: เซลล์ว่าง ทุกเซลล์ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="224"/>
        <source> (write decimals with &apos;.&apos;)</source>
        <translation> (เขียนทศนิยมด้วย &apos;.&apos;)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="226"/>
        <source> (if this line is a header, load with header=True)</source>
        <translation> (ถ้าบรรทัดนี้เป็นหัวตาราง ให้โหลดด้วย header=True)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="227"/>
        <source>{where}: {cell} is not a number{hint}</source>
        <translation>{where}: {cell} ไม่ใช่ตัวเลข{hint}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="230"/>
        <source>{where}: {cell} is not a finite number</source>
        <translation>{where}: {cell} ไม่ใช่จำนวนจำกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="62"/>
        <source>{name}: a {rows}×{cols} image has {pixels} pixels, not {inputs} inputs</source>
        <translation>{name}: ภาพขนาด {rows}×{cols} มี {pixels} พิกเซล ไม่ใช่ {inputs} อินพุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="78"/>
        <source>{name} has samples 1 to {n}, not {i}</source>
        <translation>{name} มีตัวอย่าง 1 ถึง {n} ไม่มี {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="88"/>
        <source>training sample {i}</source>
        <translation>ตัวอย่างฝึก {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="89"/>
        <source>test sample {i}</source>
        <translation>ตัวอย่างทดสอบ {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="118"/>
        <source>{name} has {k} classes: the output layer needs {k} neurons, not 1</source>
        <translation>{name} มี {k} คลาส: ชั้นเอาต์พุตต้องมี {k} นิวรอน ไม่ใช่ 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="123"/>
        <source>{name} has {k} classes but the output layer has {n} neurons</source>
        <translation>{name} มี {k} คลาส แต่ชั้นเอาต์พุตมี {n} นิวรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="52"/>
        <source>nnviz reads a CSV table (the target last), a digit CSV (label, then the pixels) and IDX images (train-images-idx3-ubyte, .gz or not)</source>
        <translation>nnviz อ่านตาราง CSV (เป้าหมายอยู่ท้ายสุด) CSV ตัวเลข (ป้ายกำกับ แล้วตามด้วยพิกเซล) และภาพ IDX (train-images-idx3-ubyte จะเป็น .gz หรือไม่ก็ได้)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="79"/>
        <location filename="../../nnviz/core/data/idx.py" line="144"/>
        <source>{path}: the gzip data is damaged or cut short ({error})</source>
        <translation>{path}: ข้อมูล gzip เสียหายหรือขาดหาย ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="80"/>
        <location filename="../../nnviz/core/data/idx.py" line="104"/>
        <location filename="../../nnviz/core/data/idx.py" line="146"/>
        <source>{path}: cannot read ({error})</source>
        <translation>{path}: อ่านไม่ได้ ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="84"/>
        <source>{path}: is an IDX label file; open its images (e.g. train-images-idx3-ubyte.gz) and give this file as their labels</source>
        <translation>{path}: เป็นไฟล์ป้ายกำกับ IDX ให้เปิดไฟล์ภาพของมัน (เช่น train-images-idx3-ubyte.gz) แล้วระบุไฟล์นี้เป็นป้ายกำกับ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="90"/>
        <source>{path}: not a file nnviz reads (gzip data that is not IDX images): {accepted}</source>
        <translation>{path}: ไม่ใช่ไฟล์ที่ nnviz อ่านได้ (ข้อมูล gzip ที่ไม่ใช่ภาพ IDX): {accepted}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="92"/>
        <source>{path}: not a file nnviz reads (binary data, not IDX images): {accepted}</source>
        <translation>{path}: ไม่ใช่ไฟล์ที่ nnviz อ่านได้ (ข้อมูลไบนารี ไม่ใช่ภาพ IDX): {accepted}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="165"/>
        <source>{labels}: a labels file goes with IDX images, but {path} is a CSV table (its last column is the target)</source>
        <translation>{labels}: ไฟล์ป้ายกำกับใช้คู่กับภาพ IDX แต่ {path} เป็นตาราง CSV (คอลัมน์สุดท้ายคือเป้าหมาย)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="170"/>
        <source>{path}: holds digit images, classification into ten classes, not {kind}</source>
        <translation>{path}: เก็บภาพตัวเลข ซึ่งเป็นการจำแนกสิบคลาส ไม่ใช่ {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="174"/>
        <source>{labels}: a labels file goes with IDX images; the digit CSV {path} has its labels in its first column</source>
        <translation>{labels}: ไฟล์ป้ายกำกับใช้คู่กับภาพ IDX; CSV ตัวเลข {path} มีป้ายกำกับอยู่ในคอลัมน์แรกแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="189"/>
        <source>give the labels file (nnviz train --data-labels FILE; a lesson: labels_file = &quot;FILE&quot;; the app asks for it)</source>
        <translation>ให้ระบุไฟล์ป้ายกำกับ (nnviz train --data-labels FILE; ในบทเรียน: labels_file = &quot;FILE&quot;; แอปจะถามหาเอง)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="194"/>
        <source>{path}: IDX images need their labels, and this name does not follow MNIST&apos;s (…-images-idx3-ubyte → …-labels-idx1-ubyte): {how}</source>
        <translation>{path}: ภาพ IDX ต้องมีป้ายกำกับ และชื่อนี้ไม่เป็นไปตามแบบของ MNIST (…-images-idx3-ubyte → …-labels-idx1-ubyte): {how}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="197"/>
        <source>{path}: IDX images need their labels: no {guess} (or {guess}.gz) beside it in {folder}; {how}</source>
        <translation>{path}: ภาพ IDX ต้องมีป้ายกำกับ: ไม่พบ {guess} (หรือ {guess}.gz) อยู่ข้างกันใน {folder}; {how}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="213"/>
        <source>{path}: holds no images</source>
        <translation>{path}: ไม่มีภาพเลย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="308"/>
        <source>unknown data set {name}; choose one of: {names}</source>
        <translation>ไม่รู้จักชุดข้อมูล {name} เลือกจาก: {names}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="351"/>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what} ต้องเป็นจำนวนเต็ม ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="360"/>
        <source>{name}: n must be from {min} to {max}, got {value}</source>
        <translation>{name}: n ต้องอยู่ระหว่าง {min} ถึง {max} ได้ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="368"/>
        <location filename="../../nnviz/core/data/generators.py" line="373"/>
        <source>{what} must be a number, not {value}</source>
        <translation>{what} ต้องเป็นตัวเลข ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="376"/>
        <source>{what} must be a finite number, not {value}</source>
        <translation>{what} ต้องเป็นจำนวนจำกัด ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="386"/>
        <source>{name}: noise must be at least 0, got {value:g}</source>
        <translation>{name}: noise ต้องไม่น้อยกว่า 0 ได้ {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="388"/>
        <source>{name}: noise must be at least 0 and at most {max:g}, got {value:g}</source>
        <translation>{name}: noise ต้องไม่น้อยกว่า 0 และไม่เกิน {max:g} ได้ {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="396"/>
        <source>test_ratio must be in [0, 1), got {value:g}</source>
        <translation>test_ratio ต้องอยู่ใน [0, 1) ได้ {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="403"/>
        <source>seed must be 0 or more, got {value}</source>
        <translation>seed ต้องเป็น 0 ขึ้นไป ได้ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="412"/>
        <source>{name}: unknown option {key}; its options are: {options}</source>
        <translation>{name}: ไม่รู้จักตัวเลือก {key} ตัวเลือกที่มีคือ: {options}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="414"/>
        <source>{name}: unknown option {key}; it takes no options</source>
        <translation>{name}: ไม่รู้จักตัวเลือก {key} ชุดข้อมูลนี้ไม่มีตัวเลือก</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="418"/>
        <source>{name}: labels must be one of {forms}, not {value}</source>
        <translation>{name}: labels ต้องเป็นค่าใดค่าหนึ่งใน {forms} ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="423"/>
        <source>{name}: option {key}</source>
        <translation>{name}: ตัวเลือก {key}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="42"/>
        <source>an IDX image file</source>
        <translation>ไฟล์ภาพ IDX</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="43"/>
        <source>an IDX label file</source>
        <translation>ไฟล์ป้ายกำกับ IDX</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="53"/>
        <source>{path}: the header says the images are {rows}x{cols} pixels; expected 1 to {max} pixels a side (is this really an IDX image file?)</source>
        <translation>{path}: ส่วนหัวระบุว่าภาพมีขนาด {rows}x{cols} พิกเซล ควรมีด้านละ 1 ถึง {max} พิกเซล (นี่เป็นไฟล์ภาพ IDX จริงหรือ?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="58"/>
        <source>{n} images of {rows}x{cols} pixels</source>
        <translation>ภาพ {n} ภาพ ขนาด {rows}x{cols} พิกเซล</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="68"/>
        <source>{n} labels</source>
        <translation>ป้ายกำกับ {n} ป้าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="73"/>
        <source>{path}: label {label} at position {i} of {n} is outside 0..9 (1 label out of range); expected digit labels</source>
        <translation>{path}: ป้ายกำกับ {label} ที่ตำแหน่ง {i} จาก {n} อยู่นอกช่วง 0..9 (1 ป้ายอยู่นอกช่วง) ต้องเป็นป้ายกำกับตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="75"/>
        <source>{path}: label {label} at position {i} of {n} is outside 0..9 ({bad} labels out of range); expected digit labels</source>
        <translation>{path}: ป้ายกำกับ {label} ที่ตำแหน่ง {i} จาก {n} อยู่นอกช่วง 0..9 ({bad} ป้ายอยู่นอกช่วง) ต้องเป็นป้ายกำกับตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="86"/>
        <source>{images_path} and {labels_path} do not match: {images} images but {labels} labels</source>
        <translation>{images_path} กับ {labels_path} ไม่ตรงกัน: มีภาพ {images} ภาพ แต่มีป้ายกำกับ {labels} ป้าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="154"/>
        <source>{path}: truncated: {n} bytes, too short for the 4-byte magic number of {kind}</source>
        <translation>{path}: ไฟล์ขาดหาย: {n} ไบต์ สั้นเกินไปสำหรับเลขเมจิก 4 ไบต์ของ{kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="159"/>
        <source> (that is {kind})</source>
        <translation> (นั่นคือ{kind})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="161"/>
        <source>{path}: wrong magic number 0x{found:08X}{hint}; expected 0x{magic:08X} for {kind}</source>
        <translation>{path}: เลขเมจิกผิด 0x{found:08X}{hint} ควรเป็น 0x{magic:08X} สำหรับ{kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="165"/>
        <source>{path}: truncated header: expected {size} bytes, found {found}</source>
        <translation>{path}: ส่วนหัวขาดหาย: ควรมี {size} ไบต์ พบ {found}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="170"/>
        <source>{path}: the header says {n} images; at most {max:,} are accepted (is this really {kind}?)</source>
        <translation>{path}: ส่วนหัวระบุว่ามี {n} ภาพ รับได้ไม่เกิน {max:,} ภาพ (นี่เป็น{kind}จริงหรือ?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="172"/>
        <source>{path}: the header says {n} labels; at most {max:,} are accepted (is this really {kind}?)</source>
        <translation>{path}: ส่วนหัวระบุว่ามี {n} ป้ายกำกับ รับได้ไม่เกิน {max:,} ป้าย (นี่เป็น{kind}จริงหรือ?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="183"/>
        <source>{path}: truncated: the header promises {what}, {expected} bytes in all; the file has {size}</source>
        <translation>{path}: ไฟล์ขาดหาย: ส่วนหัวระบุ{what} รวม {expected} ไบต์ แต่ไฟล์มี {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="189"/>
        <source>{path}: truncated: the header promises {what}, {expected} bytes in all (uncompressed); found {found}</source>
        <translation>{path}: ไฟล์ขาดหาย: ส่วนหัวระบุ{what} รวม {expected} ไบต์ (ไม่บีบอัด) พบ {found}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="198"/>
        <source>{n} more bytes</source>
        <translation>อีก {n} ไบต์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="199"/>
        <source>more data</source>
        <translation>ข้อมูลเพิ่มอีก</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="200"/>
        <source>{path}: the file goes on after the {expected} bytes the header promises ({what}; found {more}): the header or the file is wrong</source>
        <translation>{path}: ไฟล์ยาวเกิน {expected} ไบต์ที่ส่วนหัวระบุไว้ ({what}; พบ{more}): ส่วนหัวหรือไฟล์ผิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="221"/>
        <source>{path}: not a text file (it contains NUL bytes); expected CSV text</source>
        <translation>{path}: ไม่ใช่ไฟล์ข้อความ (มีไบต์ NUL) ต้องเป็นข้อความ CSV</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="227"/>
        <source>{path}: not a UTF-8 text file (line {line} has a byte that is not UTF-8)</source>
        <translation>{path}: ไม่ใช่ไฟล์ข้อความ UTF-8 (บรรทัด {line} มีไบต์ที่ไม่ใช่ UTF-8)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="244"/>
        <source>{path}: line {line} has {width} values: a label and {pixels} pixels; the pixels must make a square image (784 = 28x28, 256 = 16x16)</source>
        <translation>{path}: บรรทัด {line} มี {width} ค่า: ป้ายกำกับหนึ่งค่าและ {pixels} พิกเซล; พิกเซลต้องประกอบเป็นภาพจัตุรัส (784 = 28x28, 256 = 16x16)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="251"/>
        <source>{path}: line {line} has {count} values, line {first} has {width} (a label and {pixels} pixels)</source>
        <translation>{path}: บรรทัด {line} มี {count} ค่า บรรทัด {first} มี {width} (ป้ายกำกับหนึ่งค่าและ {pixels} พิกเซล)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="263"/>
        <source>{path}: could not read the numbers</source>
        <translation>{path}: อ่านตัวเลขไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="269"/>
        <source>{path}: line {line}, column 1: label {label} is outside 0..9</source>
        <translation>{path}: บรรทัด {line} คอลัมน์ 1: ป้ายกำกับ {label} อยู่นอกช่วง 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="275"/>
        <source>{path}: line {line}, column {column}: pixel value {value} is outside 0..255</source>
        <translation>{path}: บรรทัด {line} คอลัมน์ {column}: ค่าพิกเซล {value} อยู่นอกช่วง 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="309"/>
        <source>{where}: label {cell} is outside 0..9</source>
        <translation>{where}: ป้ายกำกับ {cell} อยู่นอกช่วง 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="310"/>
        <source>{where}: pixel value {cell} is outside 0..255</source>
        <translation>{where}: ค่าพิกเซล {cell} อยู่นอกช่วง 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="312"/>
        <source>{where}: the cell is empty; expected a label 0..9</source>
        <translation>{where}: เซลล์ว่าง ต้องเป็นป้ายกำกับ 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="313"/>
        <source>{where}: the cell is empty; expected a pixel value 0..255</source>
        <translation>{where}: เซลล์ว่าง ต้องเป็นค่าพิกเซล 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="316"/>
        <source>{where}: {cell} is not a whole number; expected a label 0..9</source>
        <translation>{where}: {cell} ไม่ใช่จำนวนเต็ม ต้องเป็นป้ายกำกับ 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="318"/>
        <source>{where}: {cell} is not a whole number; expected a pixel value 0..255</source>
        <translation>{where}: {cell} ไม่ใช่จำนวนเต็ม ต้องเป็นค่าพิกเซล 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="321"/>
        <source>{where}: {cell} is not a number; expected a label 0..9</source>
        <translation>{where}: {cell} ไม่ใช่ตัวเลข ต้องเป็นป้ายกำกับ 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="323"/>
        <source>{where}: {cell} is not a number; expected a pixel value 0..255</source>
        <translation>{where}: {cell} ไม่ใช่ตัวเลข ต้องเป็นค่าพิกเซล 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="325"/>
        <source>{path}: line {line}, column {column}</source>
        <translation>{path}: บรรทัด {line} คอลัมน์ {column}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="328"/>
        <source>{path}: line {line}: cannot read the numbers</source>
        <translation>{path}: บรรทัด {line}: อ่านตัวเลขไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/split.py" line="41"/>
        <source>test_ratio {ratio:g} puts {n_test} of {n} samples in the test set and leaves too few for training</source>
        <translation>test_ratio {ratio:g} ทำให้ {n_test} จาก {n} ตัวอย่างไปอยู่ในชุดทดสอบ และเหลือไว้ฝึกน้อยเกินไป</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../nnviz/core/folders.py" line="31"/>
        <source>{folder}: the folder {parent} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="34"/>
        <source>{folder}: is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="37"/>
        <source>{folder}: cannot write (permission denied: the folder {parent} is not writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="43"/>
        <source>{folder}: holds other files ({names}); choose a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="77"/>
        <source>; the existing folder is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="79"/>
        <source>{folder}: cannot write ({reason}){kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="41"/>
        <source>from {source} into {target}</source>
        <translation>จาก {source} เข้าสู่ {target}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="45"/>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="119"/>
        <source>{name} = {value} (last step)</source>
        <translation>{name} = {value} (ขั้นล่าสุด)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="47"/>
        <source>click to edit</source>
        <translation>คลิกเพื่อแก้ไข</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="59"/>
        <source>{head} = {a0}: input {k} of {n}</source>
        <translation>{head} = {a0}: อินพุตที่ {k} จาก {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="65"/>
        <source>{head} = {a0} = {value} (sample {i})</source>
        <translation>{head} = {a0} = {value} (ตัวอย่างที่ {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="82"/>
        <source>… ({n} more)</source>
        <translation>… (อีก {n} ตัว)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="92"/>
        <source>neuron {j} of output ({activation})</source>
        <translation>นิวรอนที่ {j} ของชั้นเอาต์พุต ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="94"/>
        <source>neuron {j} of layer {l} ({activation})</source>
        <translation>นิวรอนที่ {j} ของชั้น {l} ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="97"/>
        <source>(no data for this network: choose a data set to see z and a)</source>
        <translation>(ไม่มีข้อมูลสำหรับโครงข่ายนี้: เลือกชุดข้อมูลเพื่อดู z และ a)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="102"/>
        <source>(each sample&apos;s {a}, averaged: choose one sample to see the numbers in the formula)</source>
        <translation>({a} ของแต่ละตัวอย่างนำมาเฉลี่ย: เลือกตัวอย่างหนึ่งเพื่อดูตัวเลขในสูตร)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="113"/>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="200"/>
        <source>sample {i}</source>
        <translation>ตัวอย่างที่ {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="115"/>
        <source>{name} = {value}: click to edit</source>
        <translation>{name} = {value}: คลิกเพื่อแก้ไข</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="142"/>
        <source>inputs ({n})</source>
        <translation>อินพุต ({n})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="144"/>
        <source>x: {rows}×{cols}
= {n} inputs</source>
        <translation>x: {rows}×{cols}
= {n} อินพุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="148"/>
        <source>output ({n})
{activation}</source>
        <translation>เอาต์พุต ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="150"/>
        <source>layer {l} ({n})
{activation}</source>
        <translation>ชั้น {l} ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="154"/>
        <source>
{quantity} scale ±{scale}</source>
        <translation>
สเกล {quantity} ±{scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="216"/>
        <source>{name}·x = Σₖ {wk}·xₖ: what the picture sends into {z}</source>
        <translation>{name}·x = Σₖ {wk}·xₖ: สิ่งที่ภาพส่งเข้าสู่ {z}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="222"/>
        <source> (sample {i})</source>
        <translation> (ตัวอย่างที่ {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="224"/>
        <source>blue: the picture excites the neuron, orange: it inhibits it</source>
        <translation>สีน้ำเงิน: ภาพกระตุ้นนิวรอน สีส้ม: ภาพยับยั้งนิวรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/edges.py" line="50"/>
        <source>{quantity} / scale of its layer</source>
        <translation>{quantity} / สเกลของชั้นนั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="24"/>
        <source>type a number, e.g. 0.5 or -1.2</source>
        <translation>พิมพ์ตัวเลข เช่น 0.5 หรือ -1.2</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="28"/>
        <source> (type e.g. 0.5 or -1.2)</source>
        <translation> (พิมพ์ เช่น 0.5 หรือ -1.2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="31"/>
        <source>{value} is too large: keep |value| ≤ {limit}</source>
        <translation>{value} ใหญ่เกินไป: ให้ |ค่า| ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/input_image.py" line="222"/>
        <source>lines: {w}·x, ±{scale}</source>
        <translation>เส้น: {w}·x, ±{scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/input_image.py" line="225"/>
        <source>
on x: {name}</source>
        <translation>
บน x: {name}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="33"/>
        <source>low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="33"/>
        <source>high</source>
        <translation>สูง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="34"/>
        <source>edge colour: the sign and size of what the edges show (w or ∂C/∂w), up to the scale written at the ends</source>
        <translation>สีของเส้น: เครื่องหมายและขนาดของสิ่งที่เส้นแสดง (w หรือ ∂C/∂w) ไปจนถึงสเกลที่เขียนไว้ที่ปลาย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="35"/>
        <source>neuron fill: the activation a, from the lowest to the highest of its layer</source>
        <translation>สีในนิวรอน: ค่ากระตุ้น a จากต่ำสุดถึงสูงสุดในชั้นของมัน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="26"/>
        <source>no data set: neurons unfilled</source>
        <translation>ไม่มีชุดข้อมูล: นิวรอนยังไม่ถูกเติมค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="28"/>
        <source>the data has {features} inputs, the network {inputs}: neurons unfilled</source>
        <translation>ข้อมูลมี {features} อินพุต แต่โครงข่ายมี {inputs}: นิวรอนยังไม่ถูกเติมค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="31"/>
        <source>the data set is empty</source>
        <translation>ชุดข้อมูลว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="40"/>
        <source>mean over 1 sample</source>
        <translation>ค่าเฉลี่ยจาก 1 ตัวอย่าง</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/status.py" line="41"/>
        <source>mean over %n samples</source>
        <translation>
            <numerusform>ค่าเฉลี่ยจาก %n ตัวอย่าง</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="43"/>
        <source>mean over 1 sample of {total}</source>
        <translation>ค่าเฉลี่ยจาก 1 ตัวอย่าง จากทั้งหมด {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/status.py" line="44"/>
        <source>mean over %n samples of {total}</source>
        <translation>
            <numerusform>ค่าเฉลี่ยจาก %n ตัวอย่าง จากทั้งหมด {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="49"/>
        <source>; step-through: step {k} of {n}</source>
        <translation>; ไล่ทีละขั้น: ขั้นที่ {k} จาก {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="51"/>
        <source>no gradient before the first step</source>
        <translation>ยังไม่มีเกรเดียนต์ก่อนขั้นแรก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/texts.py" line="69"/>
        <source>⋮ {n} more</source>
        <translation>⋮ อีก {n} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="26"/>
        <source>write every weight and bias on the graph (or their gradients)</source>
        <translation>เขียนน้ำหนักและไบแอสทุกตัวบนกราฟ (หรือเกรเดียนต์ของมัน)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="61"/>
        <source>colour the edges by the weights w or by the gradient ∂C/∂w of the last step</source>
        <translation>ระบายสีเส้นตามน้ำหนัก w หรือตามเกรเดียนต์ ∂C/∂w ของขั้นล่าสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="63"/>
        <source>global</source>
        <translation>ทั้งโครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="63"/>
        <source>per layer</source>
        <translation>ต่อชั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="64"/>
        <source>fixed</source>
        <translation>คงที่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="65"/>
        <source>colour scale: max |w| of the network (global) or of each layer, rounded up; or a fixed range you set</source>
        <translation>สเกลสี: |w| สูงสุดของทั้งโครงข่าย (ทั้งโครงข่าย) หรือของแต่ละชั้น ปัดขึ้น หรือช่วงคงที่ที่คุณกำหนด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="70"/>
        <source>the fixed colour range</source>
        <translation>ช่วงสีคงที่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="72"/>
        <source>mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="72"/>
        <source>sample</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="73"/>
        <source>fill the neurons with the activation averaged over the data, or with one sample&apos;s</source>
        <translation>เติมนิวรอนด้วยค่ากระตุ้นเฉลี่ยจากข้อมูล หรือด้วยค่าของตัวอย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="75"/>
        <source>the sample (counted from 1): the training samples, then the test samples</source>
        <translation>ตัวอย่าง (นับจาก 1): ตัวอย่างในชุดฝึกก่อน แล้วจึงตัวอย่างในชุดทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="76"/>
        <source>values</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="79"/>
        <source>fit</source>
        <translation>พอดี</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="80"/>
        <source>zoom to show the whole network</source>
        <translation>ซูมให้เห็นทั้งโครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="85"/>
        <source>show or hide the graph&apos;s options</source>
        <translation>แสดงหรือซ่อนตัวเลือกของกราฟ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="88"/>
        <source>edges</source>
        <translation>เส้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="89"/>
        <source> neurons</source>
        <translation> นิวรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="163"/>
        <source>for networks with at most {limit} edges</source>
        <translation>สำหรับโครงข่ายที่มีเส้นไม่เกิน {limit} เส้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="229"/>
        <source>the presentation scale must be a positive number, not {scale}</source>
        <translation>ขนาดการนำเสนอต้องเป็นจำนวนบวก ไม่ใช่ {scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="267"/>
        <source>unknown colour scaling {mode} (known: {known})</source>
        <translation>ไม่รู้จักการปรับสเกลสี {mode} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="271"/>
        <source>the fixed colour range must be a positive number, not {value}</source>
        <translation>ช่วงสีคงที่ต้องเป็นจำนวนบวก ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="289"/>
        <source>the sample index must be 0 or more, not {index}</source>
        <translation>ลำดับตัวอย่างต้องเป็น 0 หรือมากกว่า ไม่ใช่ {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="585"/>
        <source>
hover a neuron of layer 1 to see its weights w¹ⱼ on the picture</source>
        <translation>
ชี้เมาส์ที่นิวรอนของชั้น 1 เพื่อดูน้ำหนัก w¹ⱼ ของมันบนภาพ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="601"/>
        <source>there is no parameter {index} to edit</source>
        <translation>ไม่มีพารามิเตอร์ {index} ให้แก้ไข</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../nnviz/gui/shell/language_menu.py" line="20"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/language_menu.py" line="29"/>
        <source>Show nnviz in {language}</source>
        <translation>แสดง nnviz เป็น{language}</translation>
    </message>
</context>
<context>
    <name>LectureMode</name>
    <message>
        <location filename="../../nnviz/gui/shell/lecture.py" line="54"/>
        <source>Lesson</source>
        <translation>บทเรียน</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="48"/>
        <source>the change gave no network to show</source>
        <translation>การเปลี่ยนแปลงนี้ไม่ได้ให้โครงข่ายที่จะแสดง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="50"/>
        <source>the network&apos;s parameters θ are not all finite numbers</source>
        <translation>พารามิเตอร์ θ ของโครงข่ายไม่ได้เป็นจำนวนจำกัดทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="91"/>
        <source>Cannot show step {number} of the lesson</source>
        <translation>แสดงขั้นที่ {number} ของบทเรียนไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="102"/>
        <source>This is the lesson&apos;s last step.</source>
        <translation>นี่คือขั้นสุดท้ายของบทเรียน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="103"/>
        <source>This is the lesson&apos;s start.</source>
        <translation>นี่คือจุดเริ่มต้นของบทเรียน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="129"/>
        <source>{lesson}: there is no step {number} (the lesson has {count})</source>
        <translation>{lesson}: ไม่มีขั้นที่ {number} (บทเรียนนี้มี {count} ขั้น)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="144"/>
        <source>{lesson}: step {number}: {kind}: {error}</source>
        <translation>{lesson}: ขั้นที่ {number}: {kind}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="177"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>ขั้นที่ {number} จาก {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="179"/>
        <source>Lesson: {title}</source>
        <translation>บทเรียน: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="183"/>
        <source>convergence</source>
        <translation>การลู่เข้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="185"/>
        <source>accuracy ≥ {value}</source>
        <translation>ความแม่นยำ ≥ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="187"/>
        <source>loss ≤ {value}</source>
        <translation>ค่าสูญเสีย ≤ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="190"/>
        <source>Not reached: {goal} within {steps} training steps.</source>
        <translation>ยังไม่ถึงเป้า: {goal} ภายใน {steps} ขั้นของการฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="224"/>
        <source>Nothing to save yet</source>
        <translation>ยังไม่มีอะไรให้บันทึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="225"/>
        <source>Wait for the network to appear.</source>
        <translation>รอให้โครงข่ายปรากฏก่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="229"/>
        <source>Save as lesson</source>
        <translation>บันทึกเป็นบทเรียน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="231"/>
        <source>Lessons (*.toml)</source>
        <translation>บทเรียน (*.toml)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="241"/>
        <source>Cannot save the lesson</source>
        <translation>บันทึกบทเรียนไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="243"/>
        <source>Saved the lesson (step {step}&apos;s weights) to {path}</source>
        <translation>บันทึกบทเรียน (น้ำหนักของขั้นที่ {step}) ไปที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="75"/>
        <source>Reset: back to the starting parameters, step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="76"/>
        <source>Training restarts from the chosen point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="237"/>
        <source>The {view} view cannot show the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="243"/>
        <source>The {view} view stopped drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="319"/>
        <source>This lesson has no steps to page through: Space plays, Right trains one step, Ctrl+T steps through the selected sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="355"/>
        <source>Cannot open the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="362"/>
        <source>Lesson: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="366"/>
        <source>Open a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="367"/>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="375"/>
        <source>Cannot open the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="376"/>
        <source>Open a data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="377"/>
        <source>Data files (*.csv *.txt *idx*-ubyte *idx*-ubyte.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="385"/>
        <source>Open the labels of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="387"/>
        <source>IDX labels (*idx1-ubyte *idx1-ubyte.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="399"/>
        <source>{name}: {train} training and {test} test samples, {w}×{h} images (test share {share}): training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="403"/>
        <source>{name}: {train} training and {test} test samples (test share {share}): training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="411"/>
        <source>Open a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="412"/>
        <source>nnviz models (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="424"/>
        <source>Cannot open the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="429"/>
        <source>Loaded the model {path}: training starts from its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="435"/>
        <source>Nothing to save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="436"/>
        <source>Wait for the network to appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="438"/>
        <source>Save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="439"/>
        <source>nnviz models (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="445"/>
        <source>Cannot save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="447"/>
        <source>Saved the model at step {step} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="457"/>
        <source>Export as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="458"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="465"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="467"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="497"/>
        <source>The data changed: training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="499"/>
        <source>The network changed: training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="501"/>
        <source>The cost changed: training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="503"/>
        <source>The training rule changed: training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="508"/>
        <source>{optimizer}, η = {rate}: applies from the next step, no reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="539"/>
        <source>Training stopped by an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="546"/>
        <source>Training diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="547"/>
        <source>{message}

The last good parameters stay on screen; lower the learning rate η in the settings, then press play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="564"/>
        <source>could not open {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="570"/>
        <source>{title}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="591"/>
        <source>Cannot set up the race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="607"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="619"/>
        <source>That choice does not work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="32"/>
        <source>next / previous step of the lesson (of the step-through while it is open, then on to the lesson&apos;s next step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="34"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="34"/>
        <source>play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="35"/>
        <source>enter / leave lecture mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="36"/>
        <source>B or .  /  W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="37"/>
        <source>black / white screen in lecture mode (any key comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="41"/>
        <source>Right / Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="41"/>
        <source>next / previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="42"/>
        <source>Shift + Right / Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="43"/>
        <source>next / previous neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="44"/>
        <source>Ctrl + Right / Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="45"/>
        <source>next / previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="46"/>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="46"/>
        <source>first / last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="50"/>
        <source>Network graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="51"/>
        <source>hover a neuron or a weight: its formula and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="52"/>
        <source>click a weight or a neuron (its bias): type a new value, Enter sets, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="54"/>
        <source>wheel: zoom;  drag: pan;  Fit: the whole network again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="55"/>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="56"/>
        <source>click a training point: select it (every view follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="57"/>
        <source>double-click a training point: step through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="58"/>
        <source>Loss surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="59"/>
        <source>click the map: restart training from that point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="60"/>
        <source>Optimizer race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="61"/>
        <source>click the map: start the race from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="62"/>
        <source>Step-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="63"/>
        <source>drag the slider: go to step k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="64"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="65"/>
        <source>drag a title bar: move the panel; double-click it: float / dock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="67"/>
        <source>Lesson panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="68"/>
        <source>Prev / Next, or the step list: go to any step of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="69"/>
        <source>Lecture mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="70"/>
        <source>Prev / Next: previous / next step; click a black or white screen: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/shell/menus.py" line="108"/>
        <source>{title} (%n step(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="127"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="128"/>
        <source>&amp;Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="129"/>
        <source>&amp;Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="130"/>
        <source>Open &amp;data set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="132"/>
        <source>&amp;Export window as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="134"/>
        <source>Export &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="138"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="143"/>
        <source>Step &amp;through the selected sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="145"/>
        <source>&amp;Leave the step-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="147"/>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="161"/>
        <source>&amp;Open a lesson file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="162"/>
        <source>&amp;Save as lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="164"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="165"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="166"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="168"/>
        <source>Presentation &amp;scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="176"/>
        <source>&amp;Larger (presentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="177"/>
        <source>S&amp;maller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="178"/>
        <source>&amp;Dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="180"/>
        <source>&amp;High contrast (washed-out projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="184"/>
        <source>L&amp;ecture mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="187"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="188"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="189"/>
        <source>&amp;About nnviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="221"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="222"/>
        <source>Presenter keys (whatever has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="223"/>
        <source>In the step-through (graph or panel focused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="225"/>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="254"/>
        <source>Keyboard shortcuts and mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="281"/>
        <source>About nnviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="282"/>
        <source>nnviz {version}

Watch neural networks learn: the weights, the decision boundary, the loss and the loss surface, live.
A NumPy core with PySide6 and pyqtgraph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../nnviz/gui/language.py" line="50"/>
        <source>Look in:</source>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="51"/>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="52"/>
        <source>Files of type:</source>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="53"/>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="54"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="55"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="56"/>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="57"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="58"/>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="59"/>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์แม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="60"/>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="61"/>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="62"/>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="63"/>
        <source>All Files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="64"/>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="65"/>
        <source>&amp;Choose</source>
        <translation>เลือก (&amp;C)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../nnviz/gui/language.py" line="66"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="67"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="68"/>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="69"/>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="70"/>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../nnviz/gui/language.py" line="37"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="38"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="39"/>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="40"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="41"/>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="42"/>
        <source>&amp;No</source>
        <translation>ไม่ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="43"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="44"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="45"/>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="46"/>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="47"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="48"/>
        <source>Reset</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="49"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="40"/>
        <source>race optimizers</source>
        <translation>แข่งตัวปรับค่าเหมาะสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="41"/>
        <source>race learning rates</source>
        <translation>แข่งอัตราการเรียนรู้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="42"/>
        <source>race batch sizes</source>
        <translation>แข่งขนาดแบตช์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="43"/>
        <source>Racing optimizers</source>
        <translation>กำลังแข่งตัวปรับค่าเหมาะสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="44"/>
        <source>Racing learning rates</source>
        <translation>กำลังแข่งอัตราการเรียนรู้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="45"/>
        <source>Racing batch sizes</source>
        <translation>กำลังแข่งขนาดแบตช์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="46"/>
        <source>Optimizers</source>
        <translation>ตัวปรับค่าเหมาะสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="47"/>
        <source>Learning rates</source>
        <translation>อัตราการเรียนรู้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="48"/>
        <source>Batch sizes</source>
        <translation>ขนาดแบตช์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="111"/>
        <source>unknown race {compare!r} (known: {known})</source>
        <translation>ไม่รู้จักการแข่ง {compare!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="117"/>
        <source>race: unknown optimizer {name!r} (known: {known})</source>
        <translation>การแข่ง: ไม่รู้จักตัวปรับค่าเหมาะสุด {name!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="121"/>
        <source>race: give at least one learning rate</source>
        <translation>การแข่ง: ระบุอัตราการเรียนรู้อย่างน้อยหนึ่งค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="122"/>
        <source>race: give at least one batch</source>
        <translation>การแข่ง: ระบุแบตช์อย่างน้อยหนึ่งค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="124"/>
        <source>race: at most {most} values, not {count}</source>
        <translation>การแข่ง: ได้ไม่เกิน {most} ค่า ไม่ใช่ {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="130"/>
        <source>race: a learning rate must be a positive number, not {value!r}</source>
        <translation>การแข่ง: อัตราการเรียนรู้ต้องเป็นจำนวนบวก ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="138"/>
        <source>race: a batch is &quot;full&quot;, &quot;stochastic&quot; or a size m ≥ 1, not {value!r}</source>
        <translation>การแข่ง: แบตช์คือ &quot;full&quot;, &quot;stochastic&quot; หรือขนาด m ≥ 1 ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="141"/>
        <source>race: each value once</source>
        <translation>การแข่ง: ใส่แต่ละค่าเพียงครั้งเดียว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="157"/>
        <source>race: {part!r} is not a number</source>
        <translation>การแข่ง: {part!r} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="172"/>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="197"/>
        <source>full batch</source>
        <translation>แบตช์เต็ม</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="174"/>
        <source>one sample (SGD)</source>
        <translation>ทีละตัวอย่าง (SGD)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="175"/>
        <source>batch {size}</source>
        <translation>แบตช์ {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="199"/>
        <source>one sample per step</source>
        <translation>หนึ่งตัวอย่างต่อขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="201"/>
        <source>batches of {size}</source>
        <translation>แบตช์ละ {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="204"/>
        <source>{optimizer}, η = {rate}; a step sees m samples</source>
        <translation>{optimizer}, η = {rate}; แต่ละขั้นเห็น m ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="206"/>
        <source>; C(w) with each path</source>
        <translation>; C(w) พร้อมเส้นทางแต่ละเส้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="208"/>
        <source>; the paths on the map of C</source>
        <translation>; เส้นทางบนแผนที่ของ C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="212"/>
        <source>{what} ({fixed}) from one start θ₀: {cost} over all training samples after each step{where}</source>
        <translation>{what} ({fixed}) จากจุดเริ่มเดียวกัน θ₀: {cost} บนตัวอย่างฝึกทั้งหมดหลังแต่ละขั้น{where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="247"/>
        <source>diverged at step {step}: C grew past {limit}</source>
        <translation>ลู่ออกที่ขั้น {step}: C โตเกิน {limit}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="264"/>
        <source>the race compares gradient-descent settings; this problem trains with the perceptron rule</source>
        <translation>การแข่งเปรียบเทียบค่าตั้งของการลดตามเกรเดียนต์ แต่ปัญหานี้ฝึกด้วยกฎเพอร์เซปตรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="270"/>
        <source>the start has {start} parameters, the network {network}</source>
        <translation>จุดเริ่มมีพารามิเตอร์ {start} ตัว แต่โครงข่ายมี {network} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="75"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="73"/>
        <source>log loss</source>
        <translation>ค่าสูญเสียแบบลอการิทึม</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="76"/>
        <source>the loss curves on a logarithmic axis</source>
        <translation>เส้นโค้งค่าสูญเสียบนแกนลอการิทึม</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="78"/>
        <source>per epoch</source>
        <translation>ต่อรอบ (epoch)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="79"/>
        <source>the loss curves against passes over the training set (a step with a batch of m samples is m/n of an epoch), not steps</source>
        <translation>เส้นโค้งค่าสูญเสียเทียบกับจำนวนรอบที่ผ่านชุดฝึก (หนึ่งขั้นที่มีแบตช์ m ตัวอย่างเท่ากับ m/n ของหนึ่ง epoch) ไม่ใช่จำนวนขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="343"/>
        <source>epoch</source>
        <translation>รอบ (epoch)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="344"/>
        <location filename="../../nnviz/gui/views/race/tracks.py" line="86"/>
        <source>step t</source>
        <translation>ขั้น t</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="358"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="56"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="132"/>
        <source>final {cost}</source>
        <translation>{cost} สุดท้าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="360"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="133"/>
        <source>{cost} at step {step}</source>
        <translation>{cost} ที่ขั้น {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="381"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="145"/>
        <source>{label}  (diverged at step {step})</source>
        <translation>{label}  (ลู่ออกที่ขั้น {step})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="391"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="150"/>
        <source>diverged at step {step}</source>
        <translation>ลู่ออกที่ขั้น {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="90"/>
        <source>choose two different parameters in 0..{last}, not ({i}, {j})</source>
        <translation>เลือกพารามิเตอร์สองตัวที่ต่างกันใน 0..{last} ไม่ใช่ ({i}, {j})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="97"/>
        <location filename="../../nnviz/gui/views/race/view.py" line="367"/>
        <source>steps must lie in 1..{most}, not {steps}</source>
        <translation>จำนวนขั้นต้องอยู่ใน 1..{most} ไม่ใช่ {steps}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="119"/>
        <source>unknown optimizer {name!r} (known: {known})</source>
        <translation>ไม่รู้จักตัวปรับค่าเหมาะสุด {name!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="128"/>
        <source>the start must be two finite numbers, not ({x}, {y})</source>
        <translation>จุดเริ่มต้องเป็นจำนวนจำกัดสองค่า ไม่ใช่ ({x}, {y})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="35"/>
        <source>learning rate η</source>
        <translation>อัตราการเรียนรู้ η</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="55"/>
        <source>optimizer</source>
        <translation>ตัวปรับค่าเหมาะสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="71"/>
        <source>same η for all</source>
        <translation>η เดียวกันทุกตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="74"/>
        <source>the loss plot on a logarithmic axis</source>
        <translation>กราฟค่าสูญเสียบนแกนลอการิทึม</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="103"/>
        <source>what races: optimizers on a surface, or learning rates or batch sizes on the current problem</source>
        <translation>สิ่งที่แข่ง: ตัวปรับค่าเหมาะสุดบนพื้นผิว หรืออัตราการเรียนรู้หรือขนาดแบตช์บนปัญหาปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="108"/>
        <source>the values that race, separated by commas: learning rates (0.01, 0.1, 0.25), or batches (full, 10, stochastic)</source>
        <translation>ค่าที่แข่งกัน คั่นด้วยจุลภาค: อัตราการเรียนรู้ (0.01, 0.1, 0.25) หรือแบตช์ (full, 10, stochastic)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="116"/>
        <source>the network: C over two parameters</source>
        <translation>โครงข่าย: C บนพารามิเตอร์สองตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="117"/>
        <source>the function the optimizers minimise</source>
        <translation>ฟังก์ชันที่ตัวปรับค่าเหมาะสุดหาค่าต่ำสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="120"/>
        <source>the network&apos;s parameter on the {axis} axis</source>
        <translation>พารามิเตอร์ของโครงข่ายบนแกน{axis}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="123"/>
        <source>steps </source>
        <translation>ขั้น </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="124"/>
        <source>how many steps every optimizer takes</source>
        <translation>จำนวนขั้นที่ตัวปรับค่าเหมาะสุดแต่ละตัวเดิน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="127"/>
        <location filename="../../nnviz/gui/views/race/view.py" line="475"/>
        <source>▶ Play</source>
        <translation>▶ เล่น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="128"/>
        <source>show the race step by step</source>
        <translation>แสดงการแข่งทีละขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="129"/>
        <source>Step</source>
        <translation>ก้าว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="130"/>
        <source>one more step of every optimizer</source>
        <translation>อีกหนึ่งขั้นของตัวปรับค่าเหมาะสุดทุกตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="131"/>
        <source>Reset</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="132"/>
        <source>back to the start p₀</source>
        <translation>กลับไปจุดเริ่ม p₀</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="471"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ หยุดชั่วคราว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="561"/>
        <source>the race of learning rates or batch sizes needs a problem: open a lesson or start training first</source>
        <translation>การแข่งอัตราการเรียนรู้หรือขนาดแบตช์ต้องมีปัญหา: เปิดบทเรียนหรือเริ่มการฝึกก่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="582"/>
        <source>the network surface needs a network: start training first</source>
        <translation>พื้นผิวของโครงข่ายต้องมีโครงข่าย: เริ่มการฝึกก่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="584"/>
        <source>the network surface needs the training data</source>
        <translation>พื้นผิวของโครงข่ายต้องมีข้อมูลฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="587"/>
        <source>a one-parameter network has no plane to race on</source>
        <translation>โครงข่ายที่มีพารามิเตอร์ตัวเดียวไม่มีระนาบให้แข่ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="672"/>
        <source>{cost} over two parameters of the network (the others as when chosen)</source>
        <translation>{cost} บนพารามิเตอร์สองตัวของโครงข่าย (ตัวอื่นคงค่าเมื่อตอนเลือก)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="678"/>
        <source>  (× = minimum)</source>
        <translation>  (× = จุดต่ำสุด)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="679"/>
        <source>  Click the map to start the race from another point.</source>
        <translation>  คลิกแผนที่เพื่อเริ่มการแข่งจากจุดอื่น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="681"/>
        <source>{what}.  Step {step} of {last}.{click}</source>
        <translation>{what}  ขั้น {step} จาก {last}{click}</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../nnviz/commands/render.py" line="42"/>
        <source>train, then save a picture of the app&apos;s window (no display needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="47"/>
        <source>the PNG to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="48"/>
        <source>window size (1600x1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="49"/>
        <source>start from this lesson (xor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="50"/>
        <source>the dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="52"/>
        <source>presentation scale: fonts and lines S times larger (1, 1.25, 1.5, 2; 0.5 to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="55"/>
        <source>show the step-through open at step K (from 1) of the final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="58"/>
        <source>lecture mode: the lesson&apos;s views large, the narration strip, no settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="61"/>
        <source>show the lesson after step K of its script (0: its start; nnviz lessons lists the step counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="64"/>
        <source>the sample to step through, from 1: the training samples, then the test samples (default 1; needs --walkthrough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="68"/>
        <source>training steps before the picture (default {steps}; 0: the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="79"/>
        <source>--size {text}: expected WIDTHxHEIGHT in pixels, e.g. 1600x1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="91"/>
        <source>--out {text}: the picture is a PNG, give a file name ending in .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="143"/>
        <source>--layers {layers}: the data set {name} has {n} features, so N0 must be {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="160"/>
        <source>--layers {layers}: the data set {name} needs {n} output neurons with a {activation} output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="205"/>
        <source>--sample {sample}: needs --walkthrough K, the step to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="231"/>
        <source>wrote {path} ({w}x{h}) after {steps} steps: {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="251"/>
        <source>--lesson-step {step} (the lesson&apos;s steps set the data, the network and the training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="262"/>
        <source>step {number} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="264"/>
        <source>its start: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="267"/>
        <source>wrote {path} ({w}x{h}): lesson {lesson}, {where}; {trained}, {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="277"/>
        <source>the step-through of sample {sample} at step {step} of {count}: {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="284"/>
        <source>train loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="285"/>
        <source>train loss {loss}, train accuracy {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="356"/>
        <source>--sample {sample}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="360"/>
        <source>--walkthrough {step}: the step-through of sample {sample} has {n} steps, numbered 1 to {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="96"/>
        <source>Step {number} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="107"/>
        <source>sample {sample}: the data set has samples 1 to {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="115"/>
        <source>the step-through of this network has {n} steps, more than a deck of {limit} pictures; export it from the Step-through panel as Beamer slides instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="124"/>
        <source>{sample}, step {k} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="175"/>
        <source>Export slide deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="176"/>
        <source>Export the lesson as a slide deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="182"/>
        <source>Drawing the slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="183"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="190"/>
        <source>Picture {done} of {total}: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlidesCommand</name>
    <message>
        <location filename="../../nnviz/commands/slides.py" line="65"/>
        <source>wrote {folder}: {lesson} pictures of the lesson {name}, {walk} of the step-through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="14"/>
        <source>running</source>
        <translation>กำลังฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="14"/>
        <source>paused</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="16"/>
        <source>loss C</source>
        <translation>ค่าสูญเสีย C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="16"/>
        <source>loss L</source>
        <translation>ค่าสูญเสีย L</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="17"/>
        <source>error rate</source>
        <translation>อัตราความผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="28"/>
        <location filename="../../nnviz/gui/shell/status.py" line="57"/>
        <source>step {step}</source>
        <translation>ขั้น {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="29"/>
        <location filename="../../nnviz/gui/shell/status.py" line="58"/>
        <source>epoch {epoch}</source>
        <translation>รอบ {epoch}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="30"/>
        <source>loss –</source>
        <translation>ค่าสูญเสีย –</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="31"/>
        <source>accuracy –</source>
        <translation>ความแม่นยำ –</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="64"/>
        <source>{cost} {train} · test {test}</source>
        <translation>{cost} {train} · ทดสอบ {test}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="72"/>
        <source>accuracy {train}</source>
        <translation>ความแม่นยำ {train}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="75"/>
        <source>accuracy {train} · test {test}</source>
        <translation>ความแม่นยำ {train} · ทดสอบ {test}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="59"/>
        <location filename="../../nnviz/gui/views/registry.py" line="16"/>
        <source>Optimizer race</source>
        <translation>การแข่งของตัวปรับค่าเหมาะสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="11"/>
        <source>Network</source>
        <translation>โครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="12"/>
        <source>Step-through</source>
        <translation>ไล่ทีละขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="13"/>
        <source>Decision boundary</source>
        <translation>เส้นแบ่งการตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="14"/>
        <source>Loss surface</source>
        <translation>พื้นผิวค่าสูญเสีย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="15"/>
        <source>Hidden feature space</source>
        <translation>ปริภูมิคุณลักษณะของชั้นซ่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="17"/>
        <source>Loss curve</source>
        <translation>กราฟค่าสูญเสีย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="18"/>
        <source>Computational graph</source>
        <translation>กราฟการคำนวณ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="19"/>
        <source>Neuron curve</source>
        <translation>กราฟของนิวรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="20"/>
        <source>Digit</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="21"/>
        <source>First-layer weights</source>
        <translation>น้ำหนักชั้นแรก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="22"/>
        <source>Confusion matrix</source>
        <translation>เมทริกซ์ความสับสน</translation>
    </message>
</context>
<context>
    <name>WalkRouter</name>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="33"/>
        <source>The step-through is at its first term.</source>
        <translation>การไล่ทีละขั้นอยู่ที่พจน์แรกแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="34"/>
        <source>The step-through is at its last term.</source>
        <translation>การไล่ทีละขั้นอยู่ที่พจน์สุดท้ายแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="35"/>
        <source>The step-through is at its first step.</source>
        <translation>การไล่ทีละขั้นอยู่ที่ขั้นแรกแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="36"/>
        <source>The step-through is at its last step.</source>
        <translation>การไล่ทีละขั้นอยู่ที่ขั้นสุดท้ายแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="37"/>
        <source>The step-through is at its first neuron.</source>
        <translation>การไล่ทีละขั้นอยู่ที่นิวรอนแรกแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="38"/>
        <source>The step-through is at its last neuron.</source>
        <translation>การไล่ทีละขั้นอยู่ที่นิวรอนสุดท้ายแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="39"/>
        <source>The step-through is at its first phase.</source>
        <translation>การไล่ทีละขั้นอยู่ที่ช่วงแรกแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="40"/>
        <source>The step-through is at its last phase.</source>
        <translation>การไล่ทีละขั้นอยู่ที่ช่วงสุดท้ายแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="80"/>
        <source>No network to step through yet: wait for it to appear, then try again.</source>
        <translation>ยังไม่มีโครงข่ายให้ไล่ทีละขั้น: รอให้ปรากฏแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="87"/>
        <source>Cannot step through that sample</source>
        <translation>ไล่ทีละขั้นกับตัวอย่างนั้นไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="94"/>
        <source>Stepping through {sample} ({steps} steps); training is paused.</source>
        <translation>กำลังไล่ทีละขั้น {sample} ({steps} ขั้น) หยุดการฝึกชั่วคราวแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="107"/>
        <source>No step-through is open: choose a sample and open it first.</source>
        <translation>ยังไม่ได้เปิดการไล่ทีละขั้น: เลือกตัวอย่างแล้วเปิดก่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="112"/>
        <source>Cannot move the step-through</source>
        <translation>เลื่อนการไล่ทีละขั้นไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="130"/>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="136"/>
        <source>Cannot apply the update</source>
        <translation>ใช้การปรับค่านี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="131"/>
        <source>there is no training to apply it to</source>
        <translation>ไม่มีการฝึกที่จะใช้การปรับค่านี้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="134"/>
        <source>the update</source>
        <translation>การปรับค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="142"/>
        <source>Applied the update: the next step-through starts from the new weights.</source>
        <translation>ใช้การปรับค่าแล้ว: การไล่ทีละขั้นครั้งถัดไปจะเริ่มจากน้ำหนักใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="145"/>
        <source>Applied the update of {sample}: the next step-through starts from the new weights.</source>
        <translation>ใช้การปรับค่าของ {sample} แล้ว: การไล่ทีละขั้นครั้งถัดไปจะเริ่มจากน้ำหนักใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="152"/>
        <source>New data: the step-through closed.</source>
        <translation>ข้อมูลใหม่: ปิดการไล่ทีละขั้นแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="158"/>
        <source>The network changed: the step-through closed.</source>
        <translation>โครงข่ายเปลี่ยนไป: ปิดการไล่ทีละขั้นแล้ว</translation>
    </message>
</context>
</TS>
