<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>Activations</name>
    <message>
        <location filename="../../nnviz/core/activations.py" line="109"/>
        <source>unknown activation {name!r} (known: {known})</source>
        <translation>ไม่รู้จักฟังก์ชันกระตุ้น {name!r} (ที่รู้จัก: {known})</translation>
    </message>
</context>
<context>
    <name>AnimationDialog</name>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="38"/>
        <source>Training: a frame every K steps</source>
        <translation>การฝึก: หนึ่งเฟรมทุก K ขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="39"/>
        <source>The step-through: a frame per step</source>
        <translation>การไล่ทีละขั้น: หนึ่งเฟรมต่อขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="40"/>
        <source>The lesson&apos;s steps: a frame per step</source>
        <translation>ขั้นของบทเรียน: หนึ่งเฟรมต่อขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="71"/>
        <source>{path}: the animation is a GIF, give a file name ending in .gif</source>
        <translation>{path}: ภาพเคลื่อนไหวเป็น GIF ให้ใช้ชื่อไฟล์ที่ลงท้ายด้วย .gif</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="75"/>
        <source>frames per second</source>
        <translation>เฟรมต่อวินาที</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="82"/>
        <source>the length</source>
        <translation>ความยาว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="84"/>
        <source>this lesson has no steps to record</source>
        <translation>บทเรียนนี้ไม่มีขั้นให้บันทึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="98"/>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="168"/>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="209"/>
        <source>Export animation</source>
        <translation>ส่งออกภาพเคลื่อนไหว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="101"/>
        <source>The whole window</source>
        <translation>ทั้งหน้าต่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="105"/>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="111"/>
        <source>Frames from</source>
        <translation>เฟรมจาก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="113"/>
        <source>a frame every K training steps</source>
        <translation>หนึ่งเฟรมทุก K ขั้นของการฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="114"/>
        <source>Every K steps</source>
        <translation>ทุก K ขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="116"/>
        <source>Frames per second</source>
        <translation>เฟรมต่อวินาที</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="120"/>
        <source>the step-through and the lesson stop at their last step</source>
        <translation>การไล่ทีละขั้นและบทเรียนหยุดที่ขั้นสุดท้ายของมัน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="125"/>
        <source>Length (frames)</source>
        <translation>ความยาว (เฟรม)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="128"/>
        <source>As shown</source>
        <translation>ตามที่แสดง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="129"/>
        <source>{width} pixels wide</source>
        <translation>กว้าง {width} พิกเซล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="131"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="136"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="140"/>
        <source>GIF file</source>
        <translation>ไฟล์ GIF</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="141"/>
        <source>Also save numbered PNG frames in a folder</source>
        <translation>บันทึกเฟรม PNG ที่มีหมายเลขลงในโฟลเดอร์ด้วย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="145"/>
        <source>&amp;Record</source>
        <translation>บันทึก (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="162"/>
        <source>= {seconds} s</source>
        <translation>= {seconds} วินาที</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="170"/>
        <source>GIF animation (*.gif)</source>
        <translation>ภาพเคลื่อนไหว GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="185"/>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="309"/>
        <source>Cannot export the animation</source>
        <translation>ส่งออกภาพเคลื่อนไหวไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="207"/>
        <source>Recording…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="208"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../nnviz/gui/app.py" line="55"/>
        <source>no display to open the app on (DISPLAY is not set); `nnviz render --out FILE.png` draws the window to an image instead</source>
        <translation>ไม่มีจอแสดงผลให้เปิดแอป (ไม่ได้ตั้งค่า DISPLAY); ใช้ `nnviz render --out FILE.png` เพื่อวาดหน้าต่างเป็นภาพแทน</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="30"/>
        <source>training</source>
        <translation>ฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="31"/>
        <source>test</source>
        <translation>ทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="40"/>
        <source>over the input plane</source>
        <translation>บนระนาบอินพุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="41"/>
        <source>over the input</source>
        <translation>บนอินพุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="43"/>
        <source>over a slice (other inputs at their mean)</source>
        <translation>บนภาคตัด (อินพุตอื่นอยู่ที่ค่าเฉลี่ย)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="46"/>
        <source>The data (no network yet)</source>
        <translation>ข้อมูล (ยังไม่มีโครงข่าย)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="48"/>
        <source>The data: waiting for a network with {n} inputs</source>
        <translation>ข้อมูล: รอโครงข่ายที่มีอินพุต {n} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="52"/>
        <source>{activation} {where}</source>
        <translation>{activation} {where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="56"/>
        <source>Output {output} {where} · decision level {level:g}</source>
        <translation>เอาต์พุต {output} {where} · ระดับตัดสินใจ {level:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="59"/>
        <source>Predicted class (largest {activation}) {where}</source>
        <translation>คลาสที่ทำนาย ({activation} มากที่สุด) {where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="61"/>
        <source>Predicted {target}, {activation} {where}</source>
        <translation>{target} ที่ทำนาย, {activation} {where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="109"/>
        <source>Show a slice: two inputs, the others at their mean</source>
        <translation>แสดงภาคตัด: อินพุตสองตัว ตัวอื่นอยู่ที่ค่าเฉลี่ย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="115"/>
        <source>Discretize</source>
        <translation>แบ่งเป็นคลาส</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="116"/>
        <source>Show only the predicted class: output above or below the decision level</source>
        <translation>แสดงเฉพาะคลาสที่ทำนาย: เอาต์พุตสูงหรือต่ำกว่าระดับตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="119"/>
        <source>Test data</source>
        <translation>ข้อมูลทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="120"/>
        <source>Show the test points (squares with a dark rim)</source>
        <translation>แสดงจุดทดสอบ (สี่เหลี่ยมขอบเข้ม)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="125"/>
        <source>the input on the horizontal axis</source>
        <translation>อินพุตบนแกนนอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="126"/>
        <source>the input on the vertical axis</source>
        <translation>อินพุตบนแกนตั้ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="129"/>
        <source>Slice:</source>
        <translation>ภาคตัด:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="130"/>
        <source>All inputs</source>
        <translation>อินพุตทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="131"/>
        <source>Back to the message about what this view can draw</source>
        <translation>กลับไปที่ข้อความว่ามุมมองนี้วาดอะไรได้บ้าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="267"/>
        <source>No data yet.</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="271"/>
        <source>“{name}” has {n} inputs. This view draws the network over one or two inputs only (a curve, or a map of the plane).</source>
        <translation>“{name}” มีอินพุต {n} ตัว มุมมองนี้วาดโครงข่ายบนอินพุตหนึ่งหรือสองตัวเท่านั้น (เส้นโค้ง หรือแผนที่บนระนาบ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="355"/>
        <source>output</source>
        <translation>เอาต์พุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="447"/>
        <source>Could not compute the map: {error}</source>
        <translation>คำนวณแผนที่ไม่ได้: {error}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../nnviz/cli.py" line="65"/>
        <location filename="../../nnviz/gui/language.py" line="82"/>
        <source>--lang {code}: unknown language; choose one of {choices}</source>
        <translation>--lang {code}: ไม่รู้จักภาษานี้; เลือกหนึ่งใน {choices}</translation>
    </message>
</context>
<context>
    <name>ColourKey</name>
    <message>
        <location filename="../../nnviz/gui/kit/colour_key.py" line="36"/>
        <source>class {name}</source>
        <translation>คลาส {name}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="59"/>
        <source>--lr needs --target: the update follows the gradient of the loss</source>
        <translation>--lr ต้องใช้คู่กับ --target: การปรับค่าทำตามเกรเดียนต์ของค่าสูญเสีย</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="76"/>
        <source>--max-terms is for --format steps or beamer (the other formats write every term)</source>
        <translation>--max-terms ใช้กับ --format steps หรือ beamer (รูปแบบอื่นเขียนทุกพจน์)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="80"/>
        <source>--max-terms must be a whole number ≥ 1, got {value}</source>
        <translation>--max-terms ต้องเป็นจำนวนเต็ม ≥ 1 ได้ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="98"/>
        <source>{option} is empty: give comma-separated numbers such as 1,-1</source>
        <translation>{option} ว่างอยู่: ให้ใส่ตัวเลขคั่นด้วยจุลภาค เช่น 1,-1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="107"/>
        <source>{option}: an empty entry (give comma-separated numbers such as 1,-1)</source>
        <translation>{option}: มีรายการว่าง (ให้ใส่ตัวเลขคั่นด้วยจุลภาค เช่น 1,-1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/lessons.py" line="57"/>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/lessons.py" line="57"/>
        <source>steps</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/lessons.py" line="58"/>
        <source>title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="121"/>
        <source>expected a whole number, not {text}</source>
        <translation>ต้องเป็นจำนวนเต็ม ไม่ใช่ {text}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="136"/>
        <source>--layers {text}: expected layer sizes ≥ 1 separated by commas, input and output included, e.g. 2,4,1</source>
        <translation>--layers {text}: ต้องเป็นขนาดชั้น ≥ 1 คั่นด้วยจุลภาค รวมอินพุตและเอาต์พุต เช่น 2,4,1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="156"/>
        <source>--batch {text}: expected &apos;full&apos; or a whole number ≥ 1</source>
        <translation>--batch {text}: ต้องเป็น &apos;full&apos; หรือจำนวนเต็ม ≥ 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="164"/>
        <source>{option} {value}: must be a whole number ≥ {minimum}</source>
        <translation>{option} {value}: ต้องเป็นจำนวนเต็ม ≥ {minimum}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="176"/>
        <source>{option} {number}: the lesson {name} has steps 1 to {count} (0 is its start)</source>
        <translation>{option} {number}: บทเรียน {name} มีขั้น 1 ถึง {count} (0 คือจุดเริ่มต้น)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="178"/>
        <source>{option} {number}: the lesson {name} has no steps (only 0, its start)</source>
        <translation>{option} {number}: บทเรียน {name} ไม่มีขั้น (มีแค่ 0 คือจุดเริ่มต้น)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="190"/>
        <source>{option} cannot be combined with {reason}</source>
        <translation>ใช้ {option} ร่วมกับ {reason} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train.py" line="84"/>
        <source>--lesson-step {step} needs --lesson NAME, the lesson whose step to start from</source>
        <translation>--lesson-step {step} ต้องใช้ --lesson NAME คือบทเรียนที่จะเริ่มจากขั้นนั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train.py" line="87"/>
        <source>nnviz train: one of --dataset, --data or --lesson is required</source>
        <translation>nnviz train: ต้องระบุ --dataset, --data หรือ --lesson อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="58"/>
        <source>--lr {lr}: the learning rate must be a number &gt; 0</source>
        <translation>--lr {lr}: อัตราการเรียนรู้ต้องเป็นตัวเลข &gt; 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="79"/>
        <source>--lesson (the lesson sets the data, the network and the rule)</source>
        <translation>--lesson (บทเรียนกำหนดข้อมูล โครงข่าย และกฎเอง)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="84"/>
        <source>the perceptron rule of lesson {name}</source>
        <translation>กฎเพอร์เซปตรอนของบทเรียน {name}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="96"/>
        <source>lesson {name}, step {number} of {count}: {title}</source>
        <translation>บทเรียน {name} ขั้น {number} จาก {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="97"/>
        <source>lesson {name}, its start: {title}</source>
        <translation>บทเรียน {name} จุดเริ่มต้น: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="45"/>
        <source>{option} does not apply to --rule perceptron</source>
        <translation>{option} ใช้กับ --rule perceptron ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="48"/>
        <source>the perceptron rule needs two classes; data set {name} has regression data</source>
        <translation>กฎเพอร์เซปตรอนต้องมีสองคลาส ชุดข้อมูล {name} เป็นข้อมูลถดถอย</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="50"/>
        <source>the perceptron rule needs two classes; data set {name} has {k} classes</source>
        <translation>กฎเพอร์เซปตรอนต้องมีสองคลาส ชุดข้อมูล {name} มี {k} คลาส</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="57"/>
        <source>--output-activation and --no-bias cannot be combined with --model</source>
        <translation>ใช้ --output-activation และ --no-bias ร่วมกับ --model ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="63"/>
        <source>{source}: the perceptron rule trains one neuron with a sign or step activation; this model is a {network}</source>
        <translation>{source}: กฎเพอร์เซปตรอนฝึกนิวรอนเดียวที่มีฟังก์ชันกระตุ้น sign หรือ step แต่โมเดลนี้เป็น{network}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="72"/>
        <source>--output-activation {activation}: the perceptron rule needs sign or step</source>
        <translation>--output-activation {activation}: กฎเพอร์เซปตรอนต้องใช้ sign หรือ step</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="77"/>
        <source>--layers {layers}: the perceptron rule trains one neuron with no hidden layer: use --layers {inputs},1</source>
        <translation>--layers {layers}: กฎเพอร์เซปตรอนฝึกนิวรอนเดียวที่ไม่มีชั้นซ่อน: ใช้ --layers {inputs},1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="109"/>
        <source>epoch {epoch}: 1 mistake, {parameters}</source>
        <translation>รอบ (epoch) {epoch}: ผิด 1 ครั้ง, {parameters}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="110"/>
        <source>epoch {epoch}: {mistakes} mistakes, {parameters}</source>
        <translation>รอบ (epoch) {epoch}: ผิด {mistakes} ครั้ง, {parameters}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="127"/>
        <source>converged: an epoch without a mistake</source>
        <translation>ลู่เข้าแล้ว: ครบหนึ่งรอบโดยไม่มีข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="129"/>
        <source>the step budget is used up (no epoch without a mistake)</source>
        <translation>ใช้ขั้นครบตามที่กำหนดแล้ว (ไม่มีรอบใดที่ไม่ผิดเลย)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="130"/>
        <source>{parameters}; training accuracy {train}</source>
        <translation>{parameters}; ความแม่นยำชุดฝึก {train}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="132"/>
        <source>{parameters}; training accuracy {train}, test accuracy {test}</source>
        <translation>{parameters}; ความแม่นยำชุดฝึก {train}, ความแม่นยำชุดทดสอบ {test}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="135"/>
        <source>stopped after {steps} steps ({epochs} epochs): {why}</source>
        <translation>หยุดหลัง {steps} ขั้น ({epochs} รอบ): {why}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="141"/>
        <location filename="../../nnviz/commands/train_reports.py" line="151"/>
        <source>saved the network to {path}</source>
        <translation>บันทึกโครงข่ายไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="30"/>
        <source>cost C = 1/n Σ ℓ</source>
        <translation>ค่าต้นทุน C = 1/n Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="31"/>
        <source>cost L = Σ ℓ</source>
        <translation>ค่าต้นทุน L = Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="77"/>
        <source>full batch</source>
        <translation>ทั้งชุดเป็นแบตช์เดียว</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="78"/>
        <source>batches of {m}</source>
        <translation>แบตช์ละ {m}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="80"/>
        <source>, {n} test</source>
        <translation>, ทดสอบ {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="82"/>
        <source>1 training sample</source>
        <translation>ตัวอย่างฝึก 1 ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="83"/>
        <source>{n} training samples</source>
        <translation>ตัวอย่างฝึก {n} ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="84"/>
        <source>the perceptron rule</source>
        <translation>กฎเพอร์เซปตรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="87"/>
        <source>training a {network} on {dataset} ({samples}{test}), {cost}, {rule} η = {lr:g}, {batch}, {total} steps</source>
        <translation>ฝึก{network} บน {dataset} ({samples}{test}), {cost}, {rule} η = {lr:g}, {batch}, {total} ขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="89"/>
        <source>training a {network} on {dataset} ({samples}{test}), {rule} η = {lr:g}, {batch}, {total} steps</source>
        <translation>ฝึก{network} บน {dataset} ({samples}{test}), {rule} η = {lr:g}, {batch}, {total} ขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="101"/>
        <source>  accuracy {accuracy}</source>
        <translation>  ความแม่นยำ {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="103"/>
        <source>  test loss {loss:.6g}</source>
        <translation>  ค่าสูญเสียทดสอบ {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="105"/>
        <source>  test accuracy {accuracy}</source>
        <translation>  ความแม่นยำทดสอบ {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="108"/>
        <source>step {step}/{total}  epoch {epoch:.6g}  loss {loss:.6g}</source>
        <translation>ขั้น {step}/{total}  รอบ {epoch:.6g}  ค่าสูญเสีย {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="133"/>
        <source>the step budget is used up</source>
        <translation>ใช้ขั้นครบตามที่กำหนดแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="134"/>
        <source>converged</source>
        <translation>ลู่เข้าแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="135"/>
        <source>diverged</source>
        <translation>ลู่ออก</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="136"/>
        <source>stopped after {steps} steps ({epochs:.6g} epochs): {why}</source>
        <translation>หยุดหลัง {steps} ขั้น ({epochs:.6g} รอบ): {why}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="140"/>
        <source>training loss {loss:.6g}</source>
        <translation>ค่าสูญเสียชุดฝึก {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="142"/>
        <source>, training accuracy {accuracy}</source>
        <translation>, ความแม่นยำชุดฝึก {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="145"/>
        <source>; test loss {loss:.6g}</source>
        <translation>; ค่าสูญเสียชุดทดสอบ {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="147"/>
        <source>, test accuracy {accuracy}</source>
        <translation>, ความแม่นยำชุดทดสอบ {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="36"/>
        <source>{option} applies to generated data sets (--dataset), not --data</source>
        <translation>{option} ใช้กับชุดข้อมูลที่สร้างขึ้น (--dataset) ไม่ใช่ --data</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="41"/>
        <source>--kind applies to CSV files (--data), not --dataset</source>
        <translation>--kind ใช้กับไฟล์ CSV (--data) ไม่ใช่ --dataset</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="43"/>
        <source>--data-labels applies to IDX images (--data), not --dataset</source>
        <translation>--data-labels ใช้กับภาพ IDX (--data) ไม่ใช่ --dataset</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="104"/>
        <source>the network</source>
        <translation>โครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="122"/>
        <location filename="../../nnviz/commands/train_setup.py" line="125"/>
        <source>{option} cannot be combined with --model (the model file sets it)</source>
        <translation>ใช้ {option} ร่วมกับ --model ไม่ได้ (ไฟล์โมเดลกำหนดค่านี้เอง)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="139"/>
        <source>no hidden layer</source>
        <translation>ไม่มีชั้นซ่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="140"/>
        <source>{sizes} network ({activations} → {output}; loss {loss})</source>
        <translation>โครงข่าย {sizes} ({activations} → {output}; ค่าสูญเสีย {loss})</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../../nnviz/core/config.py" line="225"/>
        <source>{layers} hidden layers need {layers} activations, got {count}</source>
        <translation>ชั้นซ่อน {layers} ชั้นต้องมีฟังก์ชันกระตุ้น {layers} ตัว แต่ได้ {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="230"/>
        <source>hidden layer {l}: needs at least one neuron, not {n}</source>
        <translation>ชั้นซ่อน {l}: ต้องมีนิวรอนอย่างน้อยหนึ่งตัว ไม่ใช่ {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="234"/>
        <source>hidden layer {l}: {name} is for the output layer only</source>
        <translation>ชั้นซ่อน {l}: {name} ใช้ได้กับชั้นเอาต์พุตเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="239"/>
        <source>the output layer has {n} neurons but the data set {name} needs {sizes}</source>
        <translation>ชั้นเอาต์พุตมี {n} นิวรอน แต่ชุดข้อมูล {name} ต้องการ {sizes}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="243"/>
        <location filename="../../nnviz/core/config.py" line="297"/>
        <source>the network</source>
        <translation>โครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="251"/>
        <source>{a} or {b}</source>
        <translation>{a} หรือ {b}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="265"/>
        <source>unknown initialiser {name!r} (known: {known})</source>
        <translation>ไม่รู้จักวิธีกำหนดค่าเริ่มต้น {name!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="267"/>
        <source>the network&apos;s seed</source>
        <translation>seed ของโครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="269"/>
        <source>the loss {loss} needs a {needed} output layer, not {given}: change the loss or the output activation</source>
        <translation>ค่าสูญเสีย {loss} ต้องใช้ชั้นเอาต์พุต {needed} ไม่ใช่ {given}: เปลี่ยนค่าสูญเสียหรือฟังก์ชันกระตุ้นของเอาต์พุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="274"/>
        <source>a softmax output</source>
        <translation>เอาต์พุต softmax</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="275"/>
        <source>{what} is for classification, but {name} is a regression data set</source>
        <translation>{what} ใช้สำหรับการจำแนกประเภท แต่ {name} เป็นชุดข้อมูลถดถอย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="279"/>
        <source>unknown batch mode {name!r} (known: {known})</source>
        <translation>ไม่รู้จักโหมดแบตช์ {name!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="282"/>
        <source>the mini-batch size must be at least 1, not {m}</source>
        <translation>ขนาดมินิแบตช์ต้องไม่น้อยกว่า 1 ไม่ใช่ {m}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="285"/>
        <source>the learning rate must be a positive number, not {value}</source>
        <translation>อัตราการเรียนรู้ต้องเป็นจำนวนบวก ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="288"/>
        <source>unknown training rule {name!r} (known: {known})</source>
        <translation>ไม่รู้จักกฎการฝึก {name!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="292"/>
        <source>[training] &apos;cost&apos; = &quot;sum&quot; is for gradient descent: the perceptron rule has no cost to differentiate</source>
        <translation>[training] &apos;cost&apos; = &quot;sum&quot; ใช้กับการลดตามเกรเดียนต์: กฎเพอร์เซปตรอนไม่มีค่าต้นทุนให้หาอนุพันธ์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="300"/>
        <source>the perceptron rule trains one sign or step neuron on two classes: remove the hidden layers, choose a sign or step output and a two-class data set</source>
        <translation>กฎเพอร์เซปตรอนฝึกนิวรอน sign หรือ step หนึ่งตัวกับข้อมูลสองคลาส: เอาชั้นซ่อนออก เลือกเอาต์พุต sign หรือ step และชุดข้อมูลสองคลาส</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="305"/>
        <source>the network has {parameters} parameters but {given} starting values were given</source>
        <translation>โครงข่ายมีพารามิเตอร์ {parameters} ตัว แต่ให้ค่าเริ่มต้นมา {given} ค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="313"/>
        <source>the data&apos;s seed</source>
        <translation>seed ของข้อมูล</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="320"/>
        <source>a data set from a file needs the file&apos;s path</source>
        <translation>ชุดข้อมูลจากไฟล์ต้องมีพาธของไฟล์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="324"/>
        <source>unknown data set {name!r} (known: {known})</source>
        <translation>ไม่รู้จักชุดข้อมูล {name!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="415"/>
        <source>the model mixes layers with and without a bias: nnviz cannot edit it</source>
        <translation>โมเดลมีทั้งชั้นที่มีและไม่มีไบแอส: nnviz แก้ไขโมเดลนี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="434"/>
        <source>the output layer</source>
        <translation>ชั้นเอาต์พุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="435"/>
        <source>{where}: a softmax output needs at least 2 neurons (with 1 it always outputs 1); use sigmoid for one output</source>
        <translation>{where}: เอาต์พุต softmax ต้องมีอย่างน้อย 2 นิวรอน (ถ้ามี 1 จะให้ 1 เสมอ); ใช้ sigmoid สำหรับเอาต์พุตเดียว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="445"/>
        <source>{source} has {inputs} inputs but data set {name!r} has {features} features ({names})</source>
        <translation>{source} มี {inputs} อินพุต แต่ชุดข้อมูล {name!r} มี {features} คุณลักษณะ ({names})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/core/config.py" line="454"/>
        <source>%n classes</source>
        <translation>
            <numerusform>%n คลาส</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/core/config.py" line="456"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n เป้าหมาย</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="457"/>
        <source>{source} has {outputs} outputs but data set {name!r} has {what}: the output layer needs {sizes}</source>
        <translation>{source} มี {outputs} เอาต์พุต แต่ชุดข้อมูล {name!r} มี {what}: ชั้นเอาต์พุตต้องมี {sizes}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="466"/>
        <source>the model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="487"/>
        <source>inline points need both &apos;x&apos; (rows of inputs) and &apos;y&apos; (targets)</source>
        <translation>จุดที่เขียนในไฟล์ต้องมีทั้ง &apos;x&apos; (แถวของอินพุต) และ &apos;y&apos; (เป้าหมาย)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="491"/>
        <source>&apos;x&apos; must be a list of rows, all of the same length</source>
        <translation>&apos;x&apos; ต้องเป็นรายการของแถวที่ยาวเท่ากันทุกแถว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="493"/>
        <source>&apos;x&apos; has {rows} rows but &apos;y&apos; has {targets} targets</source>
        <translation>&apos;x&apos; มี {rows} แถว แต่ &apos;y&apos; มี {targets} เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="501"/>
        <source>classification targets &apos;y&apos; must be class numbers 0, 1, ...</source>
        <translation>เป้าหมายการจำแนก &apos;y&apos; ต้องเป็นหมายเลขคลาส 0, 1, ...</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="503"/>
        <source>inline points &apos;y&apos;</source>
        <translation>&apos;y&apos; ของจุดที่เขียนในไฟล์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="513"/>
        <source>regression targets &apos;y&apos; must be numbers or rows of numbers</source>
        <translation>เป้าหมายการถดถอย &apos;y&apos; ต้องเป็นตัวเลขหรือแถวของตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="518"/>
        <source>unknown kind {name!r} (known: {known})</source>
        <translation>ไม่รู้จักชนิด {name!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="521"/>
        <source>inline points must be finite numbers</source>
        <translation>จุดที่เขียนในไฟล์ต้องเป็นจำนวนจำกัด</translation>
    </message>
</context>
<context>
    <name>Confusion</name>
    <message>
        <location filename="../../nnviz/core/confusion.py" line="81"/>
        <source>{name} is a regression data set: it has no classes to confuse</source>
        <translation>{name} เป็นชุดข้อมูลถดถอย: ไม่มีคลาสให้สับสน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/confusion.py" line="85"/>
        <source>the network has {inputs} inputs but {name} has {features}</source>
        <translation>โครงข่ายมี {inputs} อินพุต แต่ {name} มี {features}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/confusion.py" line="90"/>
        <source>the network has {outputs} outputs but {name}&apos;s {k} classes need {needed}</source>
        <translation>โครงข่ายมี {outputs} เอาต์พุต แต่ {k} คลาสของ {name} ต้องใช้ {needed}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="104"/>
        <source>The previous page of mistakes</source>
        <translation>หน้าก่อนหน้าของข้อผิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="105"/>
        <source>The next page of mistakes</source>
        <translation>หน้าถัดไปของข้อผิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="158"/>
        <source>{first}–{last} of {count:,}</source>
        <translation>{first}–{last} จาก {count:,}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="160"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="195"/>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="245"/>
        <source>said {said} (label {label})</source>
        <translation>ตอบ {said} (ป้ายกำกับ {label})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/matrix.py" line="78"/>
        <source>right</source>
        <translation>ถูก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/matrix.py" line="89"/>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="113"/>
        <source>true class</source>
        <translation>คลาสจริง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/matrix.py" line="178"/>
        <source>predicted</source>
        <translation>ที่ทำนาย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="106"/>
        <source>The confusion matrix shows classification data: {name} is a regression data set.</source>
        <translation>เมทริกซ์ความสับสนแสดงข้อมูลการจำแนกประเภท: {name} เป็นชุดข้อมูลการถดถอย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="110"/>
        <source>no network yet</source>
        <translation>ยังไม่มีโครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="112"/>
        <source>true digit</source>
        <translation>ตัวเลขจริง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="206"/>
        <source>Test set</source>
        <translation>ชุดทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="207"/>
        <source>Training set (no test set)</source>
        <translation>ชุดฝึก (ไม่มีชุดทดสอบ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="208"/>
        <source>{set}: {right:,} of {n:,} right, {accuracy} · step {step:,}</source>
        <translation>{set}: ถูก {right:,} จาก {n:,}, {accuracy} · ขั้น {step:,}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="251"/>
        <source>Most confident mistakes</source>
        <translation>ข้อผิดที่มั่นใจที่สุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="254"/>
        <source>Label {label}, said {said}</source>
        <translation>ป้ายกำกับ {label}, ตอบ {said}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../nnviz/core/counts.py" line="26"/>
        <source>{n} bias</source>
        <translation>ไบแอส {n} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="27"/>
        <source>{n} biases</source>
        <translation>ไบแอส {n} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="28"/>
        <source>no biases</source>
        <translation>ไม่มีไบแอส</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="29"/>
        <source>{sizes} network: {neurons}, {weights}, {biases}, {parameters}</source>
        <translation>โครงข่าย {sizes}: {neurons}, {weights}, {biases}, {parameters}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="32"/>
        <source>{n} neuron</source>
        <translation>นิวรอน {n} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="33"/>
        <source>{n} neurons</source>
        <translation>นิวรอน {n} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="34"/>
        <source>{n} weight</source>
        <translation>น้ำหนัก {n} ค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="35"/>
        <source>{n} weights</source>
        <translation>น้ำหนัก {n} ค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="37"/>
        <source>{n} parameter</source>
        <translation>พารามิเตอร์ {n} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="38"/>
        <source>{n} parameters</source>
        <translation>พารามิเตอร์ {n} ตัว</translation>
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
    <name>DetectorsView</name>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="30"/>
        <source>the first-layer view shows image data sets (mnist, digits, an IDX file)</source>
        <translation>มุมมองชั้นแรกแสดงชุดข้อมูลภาพ (mnist, digits, ไฟล์ IDX)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="72"/>
        <source>Tile j: hidden neuron j&apos;s weights w¹ⱼₖ from the pixels k. Colours: orange negative, blue positive; the ends are ±max |w¹ⱼₖ| of the layer, rounded up.</source>
        <translation>ช่อง j: น้ำหนัก w¹ⱼₖ ของนิวรอนซ่อน j จากพิกเซล k สี: ส้มคือลบ น้ำเงินคือบวก ปลายทั้งสองคือ ±max |w¹ⱼₖ| ของชั้น ปัดขึ้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="83"/>
        <source>Each tile: one hidden neuron&apos;s weights from every pixel. Click a tile to select that neuron.</source>
        <translation>แต่ละช่อง: น้ำหนักของนิวรอนซ่อนหนึ่งตัวจากทุกพิกเซล คลิกช่องเพื่อเลือกนิวรอนนั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="183"/>
        <source>no data set yet</source>
        <translation>ยังไม่มีชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="187"/>
        <source>start training: the first layer&apos;s weights show here</source>
        <translation>เริ่มการฝึก: น้ำหนักของชั้นแรกจะแสดงที่นี่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="189"/>
        <source>the network has {inputs} inputs, not {pixels} pixels</source>
        <translation>โครงข่ายมีอินพุต {inputs} ตัว ไม่ใช่ {pixels} พิกเซล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="236"/>
        <source>Output neuron j&apos;s weights {w} from pixel k, as {rows}×{columns} tiles</source>
        <translation>น้ำหนัก {w} ของนิวรอนเอาต์พุต j จากพิกเซล k เป็นช่องขนาด {rows}×{columns}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="238"/>
        <source>Hidden neuron j&apos;s weights {w} from pixel k, as {rows}×{columns} tiles</source>
        <translation>น้ำหนัก {w} ของนิวรอนซ่อน j จากพิกเซล k เป็นช่องขนาด {rows}×{columns}</translation>
    </message>
</context>
<context>
    <name>DigitView</name>
    <message>
        <location filename="../../nnviz/gui/views/digit/bars.py" line="36"/>
        <source>The network&apos;s outputs for this sample, one bar per output neuron; the highlighted bar is its answer (the largest). Dashed: the target y, 1 at the label. Left: aᴸⱼ, or P(digit) for a softmax output layer.</source>
        <translation>เอาต์พุตของโครงข่ายสำหรับตัวอย่างนี้ หนึ่งแท่งต่อนิวรอนเอาต์พุตหนึ่งตัว แท่งที่เน้นคือคำตอบ (ค่ามากที่สุด) เส้นประ: เป้าหมาย y เป็น 1 ที่ป้ายกำกับ ด้านซ้าย: aᴸⱼ หรือ P(ตัวเลข) เมื่อชั้นเอาต์พุตเป็น softmax</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/bars.py" line="58"/>
        <source>digit</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/bars.py" line="59"/>
        <source>output neuron</source>
        <translation>นิวรอนเอาต์พุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="21"/>
        <source>the digit view shows image data sets (mnist, digits, an IDX file)</source>
        <translation>มุมมองตัวเลขแสดงชุดข้อมูลภาพ (mnist, digits, ไฟล์ IDX)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="73"/>
        <source>test {i}</source>
        <translation>ทดสอบ {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="74"/>
        <source>training {i}</source>
        <translation>ฝึก {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="75"/>
        <source>{sample} · label {label}</source>
        <translation>{sample} · ป้ายกำกับ {label}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="89"/>
        <source>says {said} ✓</source>
        <translation>ตอบ {said} ✓</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="90"/>
        <location filename="../../nnviz/gui/views/digit/view.py" line="183"/>
        <source>says {said} ✗ (label {label})</source>
        <translation>ตอบ {said} ✗ (ป้ายกำกับ {label})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="97"/>
        <source>P(digit)</source>
        <translation>P(ตัวเลข)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/strip.py" line="59"/>
        <source>Click a sample to show it. Outlined in vermillion: the network gets it wrong.</source>
        <translation>คลิกตัวอย่างเพื่อแสดง กรอบสีแดงชาด: โครงข่ายตอบผิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="41"/>
        <source>training</source>
        <translation>ฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="41"/>
        <source>test</source>
        <translation>ทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="71"/>
        <location filename="../../nnviz/gui/views/digit/view.py" line="369"/>
        <source>no data set yet</source>
        <translation>ยังไม่มีชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="113"/>
        <source>the previous sample (Left)</source>
        <translation>ตัวอย่างก่อนหน้า (ซ้าย)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="114"/>
        <source>the next sample (Right)</source>
        <translation>ตัวอย่างถัดไป (ขวา)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="119"/>
        <source>training or test samples</source>
        <translation>ตัวอย่างฝึกหรือตัวอย่างทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="122"/>
        <source>the sample&apos;s number in its set</source>
        <translation>หมายเลขของตัวอย่างในชุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="125"/>
        <source>next mistake</source>
        <translation>ข้อผิดถัดไป</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="126"/>
        <source>the next sample of this set the network gets wrong</source>
        <translation>ตัวอย่างถัดไปในชุดนี้ที่โครงข่ายตอบผิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="267"/>
        <source>no mistake in the test set</source>
        <translation>ไม่มีข้อผิดในชุดทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="268"/>
        <source>no mistake in the training set</source>
        <translation>ไม่มีข้อผิดในชุดฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="284"/>
        <source>no test samples</source>
        <translation>ไม่มีตัวอย่างทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="285"/>
        <source>no training samples</source>
        <translation>ไม่มีตัวอย่างฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="419"/>
        <source>no network yet</source>
        <translation>ยังไม่มีโครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="420"/>
        <source>the network has {inputs} inputs, not {pixels} pixels</source>
        <translation>โครงข่ายมีอินพุต {inputs} ตัว ไม่ใช่ {pixels} พิกเซล</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../nnviz/core/explain/__init__.py" line="64"/>
        <source>unknown format {format} (known: {formats})</source>
        <translation>ไม่รู้จักรูปแบบ {format} (ที่รู้จัก: {formats})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="24"/>
        <location filename="../../nnviz/core/explain/document.py" line="146"/>
        <source>Forward pass</source>
        <translation>การส่งไปข้างหน้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="25"/>
        <location filename="../../nnviz/core/explain/document.py" line="96"/>
        <source>Loss</source>
        <translation>ค่าสูญเสีย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="26"/>
        <location filename="../../nnviz/core/explain/document.py" line="160"/>
        <source>Backward pass</source>
        <translation>การแพร่ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="27"/>
        <location filename="../../nnviz/core/explain/document.py" line="201"/>
        <source>Gradients</source>
        <translation>เกรเดียนต์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="28"/>
        <location filename="../../nnviz/core/explain/document.py" line="214"/>
        <source>Update</source>
        <translation>การปรับค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="68"/>
        <source>step {i} of {n}</source>
        <translation>ขั้น {i} จาก {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="69"/>
        <source>steps {first}--{last} of {n}</source>
        <translation>ขั้น {first}--{last} จาก {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="72"/>
        <source>{title} (continued)</source>
        <translation>{title} (ต่อ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="92"/>
        <location filename="../../nnviz/core/explain/document.py" line="222"/>
        <source>After the update</source>
        <translation>หลังการปรับค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="98"/>
        <source>{phase}, layer {l}</source>
        <translation>{phase} ชั้น {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="100"/>
        <source>{phase}, layer {l}, neuron {j}</source>
        <translation>{phase} ชั้น {l} นิวรอน {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="84"/>
        <source>Worked example: forward pass</source>
        <translation>ตัวอย่างคำนวณ: การส่งไปข้างหน้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="85"/>
        <source>Worked example: forward pass, loss and backward pass</source>
        <translation>ตัวอย่างคำนวณ: การส่งไปข้างหน้า ค่าสูญเสีย และการแพร่ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="87"/>
        <source>Worked example: forward pass, backward pass and one gradient-descent step</source>
        <translation>ตัวอย่างคำนวณ: การส่งไปข้างหน้า การแพร่ย้อนกลับ และการลดตามเกรเดียนต์หนึ่งขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="105"/>
        <source>A {network}. </source>
        <translation>{network} </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="110"/>
        <source>Layer {l} (output)</source>
        <translation>ชั้น {l} (เอาต์พุต)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="111"/>
        <location filename="../../nnviz/core/explain/document.py" line="141"/>
        <source>Layer {l}</source>
        <translation>ชั้น {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="113"/>
        <source>layer {l} (output)</source>
        <translation>ชั้น {l} (เอาต์พุต)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="114"/>
        <source>layer {l}</source>
        <translation>ชั้น {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="116"/>
        <source>{layer} has {n} {activation} neuron</source>
        <translation>{layer} มีนิวรอน {activation} {n} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="117"/>
        <source>{layer} has {n} {activation} neurons</source>
        <translation>{layer} มีนิวรอน {activation} {n} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="119"/>
        <source>{layer} has {n} {activation} neuron and no bias</source>
        <translation>{layer} มีนิวรอน {activation} {n} ตัวและไม่มีไบแอส</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="121"/>
        <source>{layer} has {n} {activation} neurons and no bias</source>
        <translation>{layer} มีนิวรอน {activation} {n} ตัวและไม่มีไบแอส</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="125"/>
        <source>Loss {loss}: {definition}. </source>
        <translation>ค่าสูญเสีย {loss}: {definition} </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="140"/>
        <source>Layer {l} (output layer)</source>
        <translation>ชั้น {l} (ชั้นเอาต์พุต)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="150"/>
        <source>, no bias</source>
        <translation>, ไม่มีไบแอส</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="161"/>
        <source>The error of neuron {j} in layer {l} is {delta}, computed from the output layer back.</source>
        <translation>ค่าผิดพลาดของนิวรอน {j} ในชั้น {l} คือ {delta} คำนวณจากชั้นเอาต์พุตย้อนกลับมา</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="179"/>
        <source>{loss} with a {activation} output layer: {prime} cancels, so {rule}.</source>
        <translation>{loss} กับชั้นเอาต์พุต {activation}: {prime} หักล้างกันไป จึงได้ {rule}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="181"/>
        <source>{loss} with a {activation} output layer: the softmax Jacobian cancels, so {rule}.</source>
        <translation>{loss} กับชั้นเอาต์พุต {activation}: เมทริกซ์จาโคเบียนของ softmax หักล้างกันไป จึงได้ {rule}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="191"/>
        <source>softmax couples its outputs: {rule}, with {s}.</source>
        <translation>softmax ผูกเอาต์พุตของมันเข้าด้วยกัน: {rule} โดยที่ {s}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="202"/>
        <source>Each weight&apos;s gradient is the input on that weight times the error of its neuron: {rule_w}; each bias&apos;s gradient is the error: {rule_b}.</source>
        <translation>เกรเดียนต์ของน้ำหนักแต่ละตัวคืออินพุตบนน้ำหนักนั้นคูณด้วยค่าผิดพลาดของนิวรอนของมัน: {rule_w}; เกรเดียนต์ของไบแอสแต่ละตัวคือค่าผิดพลาด: {rule_b}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="215"/>
        <source>One step of gradient descent with {eta}: {rule} for every weight and bias.</source>
        <translation>การลดตามเกรเดียนต์หนึ่งขั้นด้วย {eta}: {rule} สำหรับน้ำหนักและไบแอสทุกตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="223"/>
        <source>A forward pass of the updated network gives:</source>
        <translation>การส่งไปข้างหน้าของโครงข่ายที่ปรับแล้วให้ผลดังนี้:</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../nnviz/gui/kit/export.py" line="36"/>
        <source>{path}: choose a .png or .svg file name</source>
        <translation>{path}: เลือกชื่อไฟล์ .png หรือ .svg</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/kit/export.py" line="52"/>
        <source>{path}: cannot make a PNG of {width}x{height} pixels</source>
        <translation>{path}: สร้าง PNG ขนาด {width}x{height} พิกเซลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/kit/export.py" line="86"/>
        <source>{path}: cannot draw the SVG</source>
        <translation>{path}: วาด SVG ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <location filename="../../nnviz/core/expression.py" line="77"/>
        <source>the graph has no node {name!r} (nodes: {known})</source>
        <translation>กราฟไม่มีโหนด {name!r} (โหนดที่มี: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="88"/>
        <source>a constant</source>
        <translation>ค่าคงที่</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="101"/>
        <source>{name} is not an element-wise activation (known: {known})</source>
        <translation>{name} ไม่ใช่ฟังก์ชันกระตุ้นแบบทีละสมาชิก (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="115"/>
        <source>w·x + b needs two names, not {name!r} twice</source>
        <translation>w·x + b ต้องมีสองชื่อ ไม่ใช่ {name!r} ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="126"/>
        <source>{name}: unknown operation {op!r} (known: {known})</source>
        <translation>{name}: ไม่รู้จักการดำเนินการ {op!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="130"/>
        <source>{name}: {op} takes {wanted} operands, not {count}</source>
        <translation>{name}: {op} รับตัวถูกดำเนินการ {wanted} ตัว ไม่ใช่ {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="132"/>
        <source>{name}: {op} takes {wanted} operand, not {count}</source>
        <translation>{name}: {op} รับตัวถูกดำเนินการ {wanted} ตัว ไม่ใช่ {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="139"/>
        <source>{name}: an operand</source>
        <translation>{name}: ตัวถูกดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="152"/>
        <source>{name!r} is computed by the graph, not an input</source>
        <translation>{name!r} คำนวณโดยกราฟ ไม่ใช่อินพุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="187"/>
        <source>a node&apos;s name is a letter followed by letters or digits (x, w1, a2), not {name!r}</source>
        <translation>ชื่อโหนดต้องขึ้นต้นด้วยตัวอักษรแล้วตามด้วยตัวอักษรหรือตัวเลข (x, w1, a2) ไม่ใช่ {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="191"/>
        <source>the graph already has a node called {name!r}</source>
        <translation>กราฟมีโหนดชื่อ {name!r} อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="197"/>
        <source>{node!r} is not a node of this graph</source>
        <translation>{node!r} ไม่ใช่โหนดของกราฟนี้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="226"/>
        <source>the graph has no node {name!r}</source>
        <translation>กราฟไม่มีโหนด {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="279"/>
        <source>{what} must be a finite number, not {value!r}</source>
        <translation>{what} ต้องเป็นจำนวนจำกัด ไม่ใช่ {value!r}</translation>
    </message>
</context>
<context>
    <name>ExpressionView</name>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="58"/>
        <source>This lesson has no computational graph. A lesson&apos;s [graph] table gives one (the chain_rule lesson: q = x + y, f = q·z); its forward values and backward gradients are then stepped here node by node.</source>
        <translation>บทเรียนนี้ไม่มีกราฟการคำนวณ ตาราง [graph] ของบทเรียนใช้กำหนดกราฟ (บทเรียน chain_rule: q = x + y, f = q·z) จากนั้นค่าการส่งไปข้างหน้าและเกรเดียนต์ย้อนกลับจะแสดงที่นี่ทีละโหนด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="61"/>
        <source>forward pass</source>
        <translation>การส่งไปข้างหน้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="62"/>
        <source>backward pass</source>
        <translation>การแพร่ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="64"/>
        <source>« First</source>
        <translation>« แรกสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="65"/>
        <source>◀ Phase</source>
        <translation>◀ ช่วง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="66"/>
        <source>◀ Back</source>
        <translation>◀ ย้อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="67"/>
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="68"/>
        <source>Phase ▶</source>
        <translation>ช่วง ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="69"/>
        <source>Last »</source>
        <translation>สุดท้าย »</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="282"/>
        <source>Step {step} of {count} · {phase}</source>
        <translation>ขั้น {step} จาก {count} · {phase}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="287"/>
        <source>an input: the output is differentiated by it</source>
        <translation>อินพุต: หาอนุพันธ์ของเอาต์พุตเทียบกับมัน</translation>
    </message>
</context>
<context>
    <name>FeatureSpaceView</name>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="28"/>
        <source>the hidden layer whose activations a^l are the coordinates</source>
        <translation>ชั้นซ่อนที่ใช้ค่ากระตุ้น a^l เป็นพิกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="32"/>
        <source>two neurons</source>
        <translation>นิวรอนสองตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="33"/>
        <source>the axes: the first two principal components of a^l on the training data, or two chosen neurons</source>
        <translation>แกน: องค์ประกอบหลักสองตัวแรกของ a^l บนข้อมูลฝึก หรือนิวรอนสองตัวที่เลือก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="37"/>
        <source>the neuron on the horizontal axis</source>
        <translation>นิวรอนบนแกนนอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="38"/>
        <source>the neuron on the vertical axis</source>
        <translation>นิวรอนบนแกนตั้ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="67"/>
        <source>hidden layer {layer} ({size})</source>
        <translation>ชั้นซ่อน {layer} ({size})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="105"/>
        <source>output</source>
        <translation>เอาต์พุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="184"/>
        <source>No data yet.</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="187"/>
        <source>No network yet.</source>
        <translation>ยังไม่มีโครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="190"/>
        <source>Waiting for a network with {n} inputs.</source>
        <translation>กำลังรอโครงข่ายที่มีอินพุต {n} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="194"/>
        <source>This network has no hidden layer: its output neuron draws a straight line in the input space itself (see the decision boundary). Add a hidden layer to see the data in its feature space.</source>
        <translation>โครงข่ายนี้ไม่มีชั้นซ่อน: นิวรอนเอาต์พุตวาดเส้นตรงในปริภูมิอินพุตโดยตรง (ดูเส้นแบ่งการตัดสินใจ) เพิ่มชั้นซ่อนเพื่อดูข้อมูลในปริภูมิคุณลักษณะ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="259"/>
        <source>Could not compute the feature space: {error}</source>
        <translation>คำนวณปริภูมิคุณลักษณะไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="287"/>
        <source>output = {level:g}</source>
        <translation>เอาต์พุต = {level:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="301"/>
        <source>The data and the input grid in hidden layer {layer}</source>
        <translation>ข้อมูลและตารางกริดอินพุตในชั้นซ่อน {layer}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="324"/>
        <source>Hidden layer {layer}: the principal components of {a}</source>
        <translation>ชั้นซ่อน {layer}: องค์ประกอบหลักของ {a}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../nnviz/core/files.py" line="36"/>
        <source>{path}: no such file</source>
        <translation>{path}: ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="40"/>
        <source>{path}: is a directory, not {kind}</source>
        <translation>{path}: เป็นโฟลเดอร์ ไม่ใช่{kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="44"/>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (ไปป์แบบมีชื่อ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="45"/>
        <source>a device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="47"/>
        <source>a socket</source>
        <translation>ซ็อกเก็ต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="48"/>
        <source>not a regular file</source>
        <translation>ไม่ใช่ไฟล์ปกติ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="50"/>
        <source>{path}: is {what}, not {kind}; expected a regular file</source>
        <translation>{path}: เป็น{what} ไม่ใช่{kind}; ต้องเป็นไฟล์ปกติ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="56"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: อ่านไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="61"/>
        <source>{path}: too big for {kind} (more than {limit} bytes)</source>
        <translation>{path}: ใหญ่เกินไปสำหรับ{kind} (เกิน {limit} ไบต์)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="88"/>
        <source>{path}: not a text file (it contains NUL bytes); expected {expected}</source>
        <translation>{path}: ไม่ใช่ไฟล์ข้อความ (มีไบต์ NUL); ต้องเป็น {expected}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="95"/>
        <source>{path}: not a UTF-8 text file (line {line} has a byte that is not UTF-8)</source>
        <translation>{path}: ไม่ใช่ไฟล์ข้อความ UTF-8 (บรรทัด {line} มีไบต์ที่ไม่ใช่ UTF-8)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="118"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: ไม่มีโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="121"/>
        <source>{path}: is a folder, not a file name</source>
        <translation>{path}: เป็นโฟลเดอร์ ไม่ใช่ชื่อไฟล์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="123"/>
        <source>{path}: is not a regular file; choose a file name</source>
        <translation>{path}: ไม่ใช่ไฟล์ปกติ; เลือกชื่อไฟล์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="127"/>
        <source>permission denied: the folder {folder} is not writable</source>
        <translation>ไม่มีสิทธิ์: เขียนลงโฟลเดอร์ {folder} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="131"/>
        <source>permission denied: the file is read-only</source>
        <translation>ไม่มีสิทธิ์: ไฟล์เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="198"/>
        <source>{path}: cannot write ({reason}); the existing file is unchanged</source>
        <translation>{path}: เขียนไม่ได้ ({reason}); ไฟล์เดิมไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="200"/>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: เขียนไม่ได้ ({reason})</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../nnviz/core/folders.py" line="31"/>
        <source>{folder}: the folder {parent} does not exist</source>
        <translation>{folder}: ไม่มีโฟลเดอร์ {parent}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="34"/>
        <source>{folder}: is a file, not a folder</source>
        <translation>{folder}: เป็นไฟล์ ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="37"/>
        <source>{folder}: cannot write (permission denied: the folder {parent} is not writable)</source>
        <translation>{folder}: เขียนไม่ได้ (ไม่มีสิทธิ์: โฟลเดอร์ {parent} เขียนไม่ได้)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="43"/>
        <source>{folder}: holds other files ({names}); choose a new or empty folder</source>
        <translation>{folder}: มีไฟล์อื่นอยู่ ({names}) เลือกโฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="77"/>
        <source>; the existing folder is unchanged</source>
        <translation> โฟลเดอร์เดิมไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="79"/>
        <source>{folder}: cannot write ({reason}){kept}</source>
        <translation>{folder}: เขียนไม่ได้ ({reason}){kept}</translation>
    </message>
</context>
<context>
    <name>Gif</name>
    <message>
        <location filename="../../nnviz/core/gif.py" line="50"/>
        <source>{source}: frames per second must be a whole number from {low} to {high}, not {fps}</source>
        <translation>{source}: จำนวนเฟรมต่อวินาทีต้องเป็นจำนวนเต็มตั้งแต่ {low} ถึง {high} ไม่ใช่ {fps}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="61"/>
        <source>{source}: an animation has 1 to {most} frames, not {n}</source>
        <translation>{source}: ภาพเคลื่อนไหวมีได้ 1 ถึง {most} เฟรม ไม่ใช่ {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="66"/>
        <source>{source}: {n} frames of {w}x{h} pixels need more than {gib} GiB of memory; at most {most} frames at that size (or make it smaller)</source>
        <translation>{source}: {n} เฟรมขนาด {w}x{h} พิกเซลต้องใช้หน่วยความจำมากกว่า {gib} GiB; ที่ขนาดนี้ได้ไม่เกิน {most} เฟรม (หรือลดขนาดลง)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="77"/>
        <source>no frames to write: record at least one</source>
        <translation>ไม่มีเฟรมให้เขียน: บันทึกอย่างน้อยหนึ่งเฟรม</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="83"/>
        <source>frame {i}: expected an H×W×3 or H×W×4 picture of bytes, not {shape} {dtype}</source>
        <translation>เฟรม {i}: ต้องเป็นภาพไบต์ขนาด H×W×3 หรือ H×W×4 ไม่ใช่ {shape} {dtype}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="89"/>
        <source>frame {i} is {w}x{h} pixels, frame 1 is {w1}x{h1}: all frames must have one size</source>
        <translation>เฟรม {i} มีขนาด {w}x{h} พิกเซล เฟรม 1 มีขนาด {w1}x{h1}: ทุกเฟรมต้องมีขนาดเดียวกัน</translation>
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
        <location filename="../../nnviz/gui/views/graph/describe.py" line="121"/>
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
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/describe.py" line="64"/>
        <source>{head}: mean over %n samples = {value}</source>
        <translation>
            <numerusform>{head}: ค่าเฉลี่ยจาก %n ตัวอย่าง = {value}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="66"/>
        <source>{head} = {a0} = {value} (sample {i})</source>
        <translation>{head} = {a0} = {value} (ตัวอย่างที่ {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="83"/>
        <source>… ({n} more)</source>
        <translation>… (อีก {n} ตัว)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="93"/>
        <source>neuron {j} of output ({activation})</source>
        <translation>นิวรอนที่ {j} ของชั้นเอาต์พุต ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="95"/>
        <source>neuron {j} of layer {l} ({activation})</source>
        <translation>นิวรอนที่ {j} ของชั้น {l} ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="98"/>
        <source>(no data for this network: choose a data set to see z and a)</source>
        <translation>(ไม่มีข้อมูลสำหรับโครงข่ายนี้: เลือกชุดข้อมูลเพื่อดู z และ a)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/describe.py" line="102"/>
        <source>mean over %n samples: mean {a} = {value}</source>
        <translation>
            <numerusform>ค่าเฉลี่ยจาก %n ตัวอย่าง: {a} เฉลี่ย = {value}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="104"/>
        <source>(each sample&apos;s {a}, averaged: choose one sample to see the numbers in the formula)</source>
        <translation>({a} ของแต่ละตัวอย่างนำมาเฉลี่ย: เลือกตัวอย่างหนึ่งเพื่อดูตัวเลขในสูตร)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="115"/>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="202"/>
        <source>sample {i}</source>
        <translation>ตัวอย่างที่ {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="117"/>
        <source>{name} = {value}: click to edit</source>
        <translation>{name} = {value}: คลิกเพื่อแก้ไข</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="144"/>
        <source>inputs ({n})</source>
        <translation>อินพุต ({n})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="146"/>
        <source>x: {rows}×{cols}
= {n} inputs</source>
        <translation>x: {rows}×{cols}
= {n} อินพุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="150"/>
        <source>output ({n})
{activation}</source>
        <translation>เอาต์พุต ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="152"/>
        <source>layer {l} ({n})
{activation}</source>
        <translation>ชั้น {l} ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="156"/>
        <source>
{quantity} scale ±{scale}</source>
        <translation>
สเกล {quantity} ±{scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="218"/>
        <source>{name}·x = Σₖ {wk}·xₖ: what the picture sends into {z}</source>
        <translation>{name}·x = Σₖ {wk}·xₖ: สิ่งที่ภาพส่งเข้าสู่ {z}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/describe.py" line="223"/>
        <source> (mean over %n samples)</source>
        <translation>
            <numerusform> (ค่าเฉลี่ยจาก %n ตัวอย่าง)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="225"/>
        <source> (sample {i})</source>
        <translation> (ตัวอย่างที่ {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="227"/>
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
        <location filename="../../nnviz/gui/views/graph/editor.py" line="30"/>
        <source> (type e.g. 0.5 or -1.2)</source>
        <translation> (พิมพ์ เช่น 0.5 หรือ -1.2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="32"/>
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
        <translation>พอดีจอ</translation>
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
    <name>Heatmap</name>
    <message>
        <location filename="../../nnviz/gui/kit/heatmap.py" line="58"/>
        <source>the loss is not finite anywhere on this slice (try a smaller range)</source>
        <translation>ค่าสูญเสียไม่เป็นจำนวนจำกัดเลยบนภาคตัดนี้ (ลองใช้ช่วงที่เล็กลง)</translation>
    </message>
</context>
<context>
    <name>InputSpace</name>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="98"/>
        <source>the input grid needs at least 2 x 2 cells, got {nx} x {ny}</source>
        <translation>กริดอินพุตต้องมีอย่างน้อย 2 x 2 ช่อง แต่ได้ {nx} x {ny}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="103"/>
        <source>input features {p} and {q} must be two different inputs of 1..{n}</source>
        <translation>คุณลักษณะอินพุต {p} และ {q} ต้องเป็นอินพุตสองตัวที่ต่างกันใน 1..{n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="134"/>
        <source>input features {p} and {q} must be inputs of 1..{n}</source>
        <translation>คุณลักษณะอินพุต {p} และ {q} ต้องเป็นอินพุตใน 1..{n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="320"/>
        <source>neurons {j} and {k} are not both in 1..{n}</source>
        <translation>นิวรอน {j} และ {k} ไม่ได้อยู่ใน 1..{n} ทั้งคู่</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="413"/>
        <source>layer {l} is not a hidden layer (hidden layers: 1..{last})</source>
        <translation>ชั้น {l} ไม่ใช่ชั้นซ่อน (ชั้นซ่อน: 1..{last})</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="85"/>
        <source>slice: a direction is zero (are all the weights zero?)</source>
        <translation>ภาคตัด: มีทิศทางหนึ่งเป็นศูนย์ (น้ำหนักเป็นศูนย์ทั้งหมดหรือเปล่า?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="88"/>
        <source>slice: the two directions are parallel</source>
        <translation>ภาคตัด: สองทิศทางขนานกัน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="128"/>
        <source>choose two different parameters (both are {name})</source>
        <translation>เลือกพารามิเตอร์สองตัวที่ต่างกัน (ทั้งสองเป็น {name})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="162"/>
        <source>filter-normalised directions need non-zero weights (all are zero)</source>
        <translation>ทิศทางแบบ filter-normalised ต้องมีน้ำหนักที่ไม่เป็นศูนย์ (ตอนนี้เป็นศูนย์ทั้งหมด)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="200"/>
        <source>a one-parameter model has no plane: use the 1-D loss curve</source>
        <translation>โมเดลที่มีพารามิเตอร์ตัวเดียวไม่มีระนาบ: ใช้เส้นโค้งค่าสูญเสีย 1 มิติ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="208"/>
        <source>PCA needs a trajectory that is not a single point or a straight line: train a few more steps</source>
        <translation>PCA ต้องใช้เส้นทางที่ไม่ใช่จุดเดียวหรือเส้นตรง: ฝึกต่ออีกสักสองสามขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="374"/>
        <source>no samples to compute the loss over</source>
        <translation>ไม่มีตัวอย่างสำหรับคำนวณค่าสูญเสีย</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="37"/>
        <source>which plane through parameter space to show</source>
        <translation>ระนาบใดในปริภูมิพารามิเตอร์ที่จะแสดง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="40"/>
        <source>the parameter on the {axis} axis (or click an edge in the graph)</source>
        <translation>พารามิเตอร์บนแกน {axis} (หรือคลิกเส้นในกราฟโครงข่าย)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="50"/>
        <source>half the width of the plotted square around its centre</source>
        <translation>ครึ่งหนึ่งของความกว้างของสี่เหลี่ยมที่วาดรอบจุดศูนย์กลาง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="52"/>
        <source>Centre</source>
        <translation>จัดกึ่งกลาง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="53"/>
        <source>Centre on current: recompute the surface through the current parameters</source>
        <translation>จัดกึ่งกลางที่ค่าปัจจุบัน: คำนวณพื้นผิวใหม่ผ่านพารามิเตอร์ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="55"/>
        <source>New directions</source>
        <translation>ทิศทางใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="56"/>
        <source>draw two other random directions</source>
        <translation>สุ่มสองทิศทางใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="57"/>
        <source>Follow training</source>
        <translation>ติดตามการฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="58"/>
        <source>recompute the surface through the current θ while training runs (off: it stays a slice through θ at the step it was computed, and the path can climb on it while C falls)</source>
        <translation>คำนวณพื้นผิวใหม่ผ่าน θ ปัจจุบันระหว่างการฝึก (ปิด: พื้นผิวยังเป็นภาคตัดผ่าน θ ณ ขั้นที่คำนวณ และเส้นทางอาจไต่ขึ้นบนพื้นผิวขณะที่ C ลดลง)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="64"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="77"/>
        <source>Log colours</source>
        <translation>สีแบบลอการิทึม</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="78"/>
        <source>colour by log₁₀ C: shows the detail near the minimum</source>
        <translation>ระบายสีตาม log₁₀ C: เห็นรายละเอียดใกล้จุดต่ำสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="79"/>
        <source>3-D</source>
        <translation>3 มิติ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="82"/>
        <source>show the surface in 3-D</source>
        <translation>แสดงพื้นผิวแบบ 3 มิติ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="83"/>
        <source>Grid size</source>
        <translation>ขนาดกริด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="93"/>
        <source>Recompute</source>
        <translation>คำนวณใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="97"/>
        <source>grid size, log colours, 3-D, recompute</source>
        <translation>ขนาดกริด, สีแบบลอการิทึม, 3 มิติ, คำนวณใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="20"/>
        <source>two parameters</source>
        <translation>สองพารามิเตอร์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="21"/>
        <source>random directions</source>
        <translation>ทิศทางสุ่ม</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="22"/>
        <source>PCA of the path</source>
        <translation>PCA ของเส้นทาง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="23"/>
        <source>one parameter</source>
        <translation>หนึ่งพารามิเตอร์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="24"/>
        <source>C over two chosen parameters θ_i, θ_j, the others fixed</source>
        <translation>C บนสองพารามิเตอร์ที่เลือก θ_i, θ_j ตัวอื่นคงที่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="25"/>
        <source>C along two random filter-normalised directions through θ0 (Li et al. 2018)</source>
        <translation>C ตามสองทิศทางสุ่มที่ปรับบรรทัดฐานตามฟิลเตอร์ ผ่าน θ0 (Li et al. 2018)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="26"/>
        <source>C over the plane of the first two principal directions of the path so far</source>
        <translation>C บนระนาบของสองทิศทางหลักแรกของเส้นทางจนถึงตอนนี้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="27"/>
        <source>C(θ_i) along one parameter, the others fixed</source>
        <translation>C(θ_i) ตามพารามิเตอร์เดียว ตัวอื่นคงที่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="80"/>
        <source>unknown slice {mode} (known: {known})</source>
        <translation>ไม่รู้จักภาคตัด {mode} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="92"/>
        <source>parameter indices ({i}, {j}) out of range 0..{last}</source>
        <translation>ลำดับพารามิเตอร์ ({i}, {j}) อยู่นอกช่วง 0..{last}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="95"/>
        <source>choose two different parameters</source>
        <translation>เลือกพารามิเตอร์สองตัวที่ต่างกัน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="107"/>
        <source>the range must be a positive number, not {value}</source>
        <translation>ช่วงต้องเป็นจำนวนบวก ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="116"/>
        <source>the grid needs 5 to 1001 points per side, not {n}</source>
        <translation>กริดต้องมี 5 ถึง 1001 จุดต่อด้าน ไม่ใช่ {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/surface3d.py" line="49"/>
        <source>3-D needs a real display with OpenGL (the Qt platform is &apos;{platform}&apos;)</source>
        <translation>3 มิติต้องใช้จอแสดงผลจริงที่มี OpenGL (แพลตฟอร์ม Qt คือ &apos;{platform}&apos;)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/surface3d.py" line="53"/>
        <source>3-D needs PyOpenGL ({error})</source>
        <translation>3 มิติต้องใช้ PyOpenGL ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/surface_task.py" line="133"/>
        <source>PCA of the path needs a few recorded steps: train first</source>
        <translation>PCA ของเส้นทางต้องมีขั้นที่บันทึกไว้สักสองสามขั้น: ฝึกก่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/view.py" line="296"/>
        <source>computation cancelled</source>
        <translation>ยกเลิกการคำนวณแล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/view.py" line="369"/>
        <source>no data set: the loss surface needs the training data</source>
        <translation>ไม่มีชุดข้อมูล: พื้นผิวค่าสูญเสียต้องใช้ข้อมูลฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/view.py" line="528"/>
        <source>computing the loss surface …</source>
        <translation>กำลังคำนวณพื้นผิวค่าสูญเสีย …</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="16"/>
        <source>Start training to see the loss surface and the path of gradient descent.</source>
        <translation>เริ่มการฝึกเพื่อดูพื้นผิวค่าสูญเสียและเส้นทางของการลดตามเกรเดียนต์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="31"/>
        <source>{cost} along two random filter-normalised directions α, β through θ at step {step}</source>
        <translation>{cost} ตามสองทิศทางสุ่มที่ปรับบรรทัดฐานตามฟิลเตอร์ α, β ผ่าน θ ที่ขั้น {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="34"/>
        <source>{cost} over the plane of the path&apos;s first two principal directions, to step {step}</source>
        <translation>{cost} บนระนาบของสองทิศทางหลักแรกของเส้นทาง ถึงขั้น {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="37"/>
        <source>{what} with the other parameter as at step {step}</source>
        <translation>{what} โดยพารามิเตอร์อีกตัวเป็นค่าเดียวกับที่ขั้น {step}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/landscape/words.py" line="40"/>
        <source>{what} with the other %n parameters as at step {step}</source>
        <translation>
            <numerusform>{what} โดยพารามิเตอร์อีก %n ตัวเป็นค่าเดียวกับที่ขั้น {step}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="42"/>
        <source>{what} through θ at step {step}</source>
        <translation>{what} ผ่าน θ ที่ขั้น {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="47"/>
        <source> (computed in {ms} ms)</source>
        <translation> (คำนวณใน {ms} ms)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="50"/>
        <source>Click the plot to restart training from that point{took}.</source>
        <translation>คลิกที่กราฟเพื่อเริ่มการฝึกใหม่จากจุดนั้น{took}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="51"/>
        <source>Click the map to restart training from that point{took}.</source>
        <translation>คลิกที่แผนที่เพื่อเริ่มการฝึกใหม่จากจุดนั้น{took}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="70"/>
        <source>path</source>
        <translation>เส้นทาง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="71"/>
        <source>start</source>
        <translation>จุดเริ่ม</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="72"/>
        <source>now</source>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="73"/>
        <source>step</source>
        <translation>ขั้น</translation>
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
    <name>LessonHeader</name>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_header.py" line="56"/>
        <source>Step {number}: {title}</source>
        <translation>ขั้นที่ {number}: {title}</translation>
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
    <name>LessonSteps</name>
    <message numerus="yes">
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="21"/>
        <source>Start · %n step(s)</source>
        <translation>
            <numerusform>เริ่ม · %n ขั้น</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="23"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>ขั้นที่ {number} จาก {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="38"/>
        <source>◀ Prev</source>
        <translation>◀ ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="39"/>
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="40"/>
        <source>Previous step of the lesson (PageUp)</source>
        <translation>ขั้นก่อนหน้าของบทเรียน (PageUp)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="41"/>
        <source>Next step of the lesson (PageDown)</source>
        <translation>ขั้นถัดไปของบทเรียน (PageDown)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="80"/>
        <source>{position}
(jump to any step of the lesson)</source>
        <translation>{position}
(ข้ามไปยังขั้นใดก็ได้ของบทเรียน)</translation>
    </message>
</context>
<context>
    <name>LessonWriter</name>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="66"/>
        <source>a lesson needs a title</source>
        <translation>บทเรียนต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="95"/>
        <source>the parameters are not all finite numbers (the network diverged): reset it before saving it as a lesson</source>
        <translation>พารามิเตอร์ไม่ได้เป็นจำนวนจำกัดทั้งหมด (โครงข่ายลู่ออก): เริ่มใหม่ก่อนบันทึกเป็นบทเรียน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="104"/>
        <source>inline points need both x and y to be written as a lesson</source>
        <translation>จุดที่เขียนในไฟล์ต้องมีทั้ง x และ y จึงจะบันทึกเป็นบทเรียนได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="111"/>
        <source>a CSV data set needs a file path to be written as a lesson</source>
        <translation>ชุดข้อมูล CSV ต้องมีพาธของไฟล์จึงจะบันทึกเป็นบทเรียนได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="161"/>
        <source>unknown batch mode {name!r}</source>
        <translation>ไม่รู้จักโหมดแบตช์ {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="179"/>
        <source>the speed must be steps per second (&gt; 0), not {value!r}</source>
        <translation>ความเร็วต้องเป็นจำนวนขั้นต่อวินาที (&gt; 0) ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="187"/>
        <source>expected a number, not {value!r}</source>
        <translation>ต้องเป็นตัวเลข ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="193"/>
        <source>cannot write {value!r} in a lesson: numbers must be finite</source>
        <translation>เขียน {value!r} ลงในบทเรียนไม่ได้: ตัวเลขต้องเป็นจำนวนจำกัด</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="145"/>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="168"/>
        <location filename="../../nnviz/core/lessons.py" line="199"/>
        <source>top level</source>
        <translation>ระดับบนสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="169"/>
        <source>&apos;step&apos; must be a list of [[step]] tables</source>
        <translation>&apos;step&apos; ต้องเป็นรายการของตาราง [[step]]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="177"/>
        <source>the lesson&apos;s configuration</source>
        <translation>การตั้งค่าของบทเรียน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="190"/>
        <source>step {number}</source>
        <translation>ขั้น {number}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="200"/>
        <location filename="../../nnviz/core/lessons.py" line="250"/>
        <location filename="../../nnviz/core/lessons.py" line="307"/>
        <source>must be a table</source>
        <translation>ต้องเป็นตาราง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="211"/>
        <source>configuration</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="246"/>
        <source>&apos;graph_step&apos; must be a step of the computational graph, from 1, not {value}</source>
        <translation>&apos;graph_step&apos; ต้องเป็นขั้นของกราฟการคำนวณ เริ่มจาก 1 ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="298"/>
        <source>&apos;train&apos; must be at most {most} steps, not {value}</source>
        <translation>&apos;train&apos; ต้องไม่เกิน {most} ขั้น ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="303"/>
        <source>&apos;train&apos; must be a number of steps or a table {{ until = ..., value = ..., max_steps = ... }}, not {value!r}</source>
        <translation>&apos;train&apos; ต้องเป็นจำนวนขั้นหรือตาราง {{ until = ..., value = ..., max_steps = ... }} ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="313"/>
        <source>a whole number from 1 to {most}</source>
        <translation>จำนวนเต็มตั้งแต่ 1 ถึง {most}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="317"/>
        <source>&apos;value&apos; is for &quot;accuracy&quot; and &quot;loss&quot;: &quot;converged&quot; takes none</source>
        <translation>&apos;value&apos; ใช้กับ &quot;accuracy&quot; และ &quot;loss&quot; เท่านั้น: &quot;converged&quot; ไม่ต้องมี</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="323"/>
        <source>a number in [0, 1]</source>
        <translation>ตัวเลขใน [0, 1]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="325"/>
        <source>until = &quot;accuracy&quot; needs a classification data set; {name} is a regression data set</source>
        <translation>until = &quot;accuracy&quot; ต้องใช้ชุดข้อมูลจำแนกประเภท แต่ {name} เป็นชุดข้อมูลถดถอย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="332"/>
        <source>a finite number</source>
        <translation>จำนวนจำกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="340"/>
        <location filename="../../nnviz/core/lesson_script.py" line="425"/>
        <source>a whole number &gt;= 1 (1-based)</source>
        <translation>จำนวนเต็ม &gt;= 1 (นับจาก 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="351"/>
        <source>&apos;select&apos; must be a table { sample = ..., neuron = [l, j], parameter = ... }</source>
        <translation>&apos;select&apos; ต้องเป็นตาราง { sample = ..., neuron = [l, j], parameter = ... }</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="356"/>
        <source>{key!r} = {value} but there are only {limit} parameters</source>
        <translation>{key!r} = {value} แต่มีพารามิเตอร์เพียง {limit} ตัว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="362"/>
        <source>&apos;neuron&apos; must be [layer l, neuron j], two whole numbers &gt;= 1, not {value!r}</source>
        <translation>&apos;neuron&apos; ต้องเป็น [ชั้น l, นิวรอน j] เป็นจำนวนเต็มสองตัวที่ &gt;= 1 ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="367"/>
        <source>&apos;neuron&apos;: layer {layer} but the network has {layers} layers (1..{layers})</source>
        <translation>&apos;neuron&apos;: ชั้น {layer} แต่โครงข่ายมี {layers} ชั้น (1..{layers})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="372"/>
        <source>&apos;neuron&apos;: neuron {j} but layer {layer} has {size} neurons</source>
        <translation>&apos;neuron&apos;: นิวรอน {j} แต่ชั้น {layer} มี {size} นิวรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="380"/>
        <source>{key!r} = {value} but there are only {limit} training samples</source>
        <translation>{key!r} = {value} แต่มีตัวอย่างในชุดฝึกเพียง {limit} ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="399"/>
        <source>&apos;show&apos; must be a list of view names ({known}), not {value!r}</source>
        <translation>&apos;show&apos; ต้องเป็นรายการชื่อมุมมอง ({known}) ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="404"/>
        <source>unknown view {name!r} (known: {known})</source>
        <translation>ไม่รู้จักมุมมอง {name!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="415"/>
        <source>&apos;walk&apos; must be a table {{ sample = ..., phase = ... }} or false, not {value!r}</source>
        <translation>&apos;walk&apos; ต้องเป็นตาราง {{ sample = ..., phase = ... }} หรือ false ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="420"/>
        <location filename="../../nnviz/core/lessons.py" line="259"/>
        <source>missing key {key!r}</source>
        <translation>ไม่มีคีย์ {key!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="427"/>
        <source>give &apos;phase&apos; or &apos;step&apos;, not both</source>
        <translation>ระบุ &apos;phase&apos; หรือ &apos;step&apos; อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสอง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="457"/>
        <source>step {number}: not read from a lesson file (no configuration)</source>
        <translation>ขั้น {number}: ไม่ได้อ่านจากไฟล์บทเรียน (ไม่มีการตั้งค่า)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="588"/>
        <source>{file}: no step {number!r} (the lesson has steps 1 to {last}; 0 is its start)</source>
        <translation>{file}: ไม่มีขั้น {number!r} (บทเรียนมีขั้น 1 ถึง {last}; 0 คือจุดเริ่มต้น)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="632"/>
        <source>{file}: step {number}: {error}</source>
        <translation>{file}: ขั้น {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="132"/>
        <source>{file}: cannot read the lesson ({error})</source>
        <translation>{file}: อ่านบทเรียนไม่ได้ ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="136"/>
        <source>{file}: top level: &apos;title&apos; must be text and &apos;step&apos; a list of [[step]] tables</source>
        <translation>{file}: ระดับบนสุด: &apos;title&apos; ต้องเป็นข้อความ และ &apos;step&apos; ต้องเป็นรายการของตาราง [[step]]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="150"/>
        <source>{path}: no such lesson file</source>
        <translation>{path}: ไม่มีไฟล์บทเรียนนี้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="151"/>
        <source>a lesson file</source>
        <translation>ไฟล์บทเรียน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="156"/>
        <source>unknown lesson {name!r} (known: {known})</source>
        <translation>ไม่รู้จักบทเรียน {name!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="167"/>
        <source>{file}: not valid TOML ({error})</source>
        <translation>{file}: ไม่ใช่ TOML ที่ถูกต้อง ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="224"/>
        <source>unknown key {key!r} (a translation of {name!r} is {name!r} with the suffix of a known language: {suffixes})</source>
        <translation>ไม่รู้จักคีย์ {key!r} (คำแปลของ {name!r} คือ {name!r} ตามด้วยส่วนท้ายของภาษาที่รู้จัก: {suffixes})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="229"/>
        <source>unknown key {key!r} (allowed: {known})</source>
        <translation>ไม่รู้จักคีย์ {key!r} (ที่ใช้ได้: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="241"/>
        <source>{key!r} translates {name!r}, which is missing: give the English {name!r} too</source>
        <translation>{key!r} เป็นคำแปลของ {name!r} ซึ่งไม่มีอยู่: ใส่ {name!r} ภาษาอังกฤษด้วย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="267"/>
        <source>{key!r} must be {wanted}, not {value!r}</source>
        <translation>{key!r} ต้องเป็น {wanted} ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="286"/>
        <source>&apos;lecture_views&apos; must be a list of view names ({known}), not {value!r}</source>
        <translation>&apos;lecture_views&apos; ต้องเป็นรายการชื่อมุมมอง ({known}) ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="291"/>
        <source>&apos;lecture_views&apos;: unknown view {name!r} (known: {known})</source>
        <translation>&apos;lecture_views&apos;: ไม่รู้จักมุมมอง {name!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="295"/>
        <source>&apos;lecture_views&apos; must name 1 to {most} different views, not {value!r}</source>
        <translation>&apos;lecture_views&apos; ต้องระบุมุมมองที่ต่างกัน 1 ถึง {most} มุมมอง ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="311"/>
        <source>&apos;inputs&apos; must be a table of names and numbers, e.g. { x = -2, y = 5 }</source>
        <translation>&apos;inputs&apos; ต้องเป็นตารางของชื่อและตัวเลข เช่น { x = -2, y = 5 }</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="315"/>
        <source>&apos;nodes&apos; must be a list of [name, operation, operands...]</source>
        <translation>&apos;nodes&apos; ต้องเป็นรายการของ [ชื่อ, การดำเนินการ, ตัวถูกดำเนินการ...]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="324"/>
        <source>{where}: node {number}</source>
        <translation>{where}: โหนด {number}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="327"/>
        <source>must be [name, operation, operands...], not {node!r}</source>
        <translation>ต้องเป็น [ชื่อ, การดำเนินการ, ตัวถูกดำเนินการ...] ไม่ใช่ {node!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="350"/>
        <source>must be a table { compare = ..., values = [...] }</source>
        <translation>ต้องเป็นตาราง { compare = ..., values = [...] }</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="357"/>
        <source>&apos;values&apos; must be a non-empty list</source>
        <translation>&apos;values&apos; ต้องเป็นรายการที่ไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="362"/>
        <source>positive numbers</source>
        <translation>จำนวนบวก</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="366"/>
        <source>&quot;full&quot;, &quot;stochastic&quot; or positive integers m</source>
        <translation>&quot;full&quot;, &quot;stochastic&quot; หรือจำนวนเต็มบวก m</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="369"/>
        <source>optimizer names ({names})</source>
        <translation>ชื่อตัวปรับค่าเหมาะสุด ({names})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="372"/>
        <source>&apos;values&apos; for {compare} must be {expect}, not {value!r}</source>
        <translation>&apos;values&apos; สำหรับ {compare} ต้องเป็น {expect} ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="383"/>
        <source>{key!r} must be a list of numbers</source>
        <translation>{key!r} ต้องเป็นรายการตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="387"/>
        <source>{key!r}[{i}] is {value!r}; every number must be finite</source>
        <translation>{key!r}[{i}] เป็น {value!r}; ทุกตัวเลขต้องเป็นจำนวนจำกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="395"/>
        <source>{key!r} must be a finite number, not {value!r}</source>
        <translation>{key!r} ต้องเป็นจำนวนจำกัด ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="400"/>
        <source>a positive integer</source>
        <translation>จำนวนเต็มบวก</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="401"/>
        <source>a number in [0, 1)</source>
        <translation>ตัวเลขใน [0, 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="406"/>
        <source>a finite number &gt;= 0</source>
        <translation>จำนวนจำกัดที่ &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="410"/>
        <source>&quot;01&quot; or &quot;pm1&quot;</source>
        <translation>&quot;01&quot; หรือ &quot;pm1&quot;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="414"/>
        <source>give exactly one of &apos;dataset&apos;, &apos;file&apos;, or inline &apos;x&apos; and &apos;y&apos;</source>
        <translation>ระบุอย่างใดอย่างหนึ่งเท่านั้น: &apos;dataset&apos;, &apos;file&apos; หรือ &apos;x&apos; และ &apos;y&apos; ในไฟล์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="417"/>
        <source>&apos;labels_file&apos; goes with &apos;file&apos; (IDX images and their labels)</source>
        <translation>&apos;labels_file&apos; ใช้คู่กับ &apos;file&apos; (ภาพ IDX และป้ายกำกับของภาพ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="422"/>
        <source>a data set ({names})</source>
        <translation>ชุดข้อมูล ({names})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="430"/>
        <source>&quot;regression&quot; or &quot;classification&quot;</source>
        <translation>&quot;regression&quot; หรือ &quot;classification&quot;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="433"/>
        <source>inline points need &apos;y&apos;, a list with one target per row of &apos;x&apos;</source>
        <translation>จุดที่เขียนในไฟล์ต้องมี &apos;y&apos; เป็นรายการที่มีเป้าหมายหนึ่งค่าต่อแถวของ &apos;x&apos;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="437"/>
        <source>&apos;x&apos; has {rows} rows but &apos;y&apos; has {targets} targets</source>
        <translation>&apos;x&apos; มี {rows} แถว แต่ &apos;y&apos; มี {targets} เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="446"/>
        <source>{key!r} must be a non-empty list of numbers or of rows of numbers</source>
        <translation>{key!r} ต้องเป็นรายการตัวเลขหรือแถวของตัวเลขที่ไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="453"/>
        <source>{key!r}[{i}] has {count} numbers but {key!r}[0] has {first}: every row must be as long</source>
        <translation>{key!r}[{i}] มี {count} ตัวเลข แต่ {key!r}[0] มี {first}: ทุกแถวต้องยาวเท่ากัน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="459"/>
        <source>{key!r} mixes numbers and rows: give all numbers or all rows</source>
        <translation>{key!r} ปนกันระหว่างตัวเลขกับแถว: ให้เป็นตัวเลขทั้งหมดหรือแถวทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="468"/>
        <source>&apos;y&apos; must be class numbers 0, 1, ... (whole numbers), not {value!r}</source>
        <translation>&apos;y&apos; ต้องเป็นหมายเลขคลาส 0, 1, ... (จำนวนเต็ม) ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="472"/>
        <source>&apos;y&apos; must be class numbers 0, 1, ... (or -1 and 1), not {value}</source>
        <translation>&apos;y&apos; ต้องเป็นหมายเลขคลาส 0, 1, ... (หรือ -1 และ 1) ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="483"/>
        <source>&apos;hidden&apos; must be a list of positive integers, not {value!r}</source>
        <translation>&apos;hidden&apos; ต้องเป็นรายการจำนวนเต็มบวก ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="492"/>
        <source>&apos;activation&apos; lists {names} names for {layers} hidden layers</source>
        <translation>&apos;activation&apos; ระบุ {names} ชื่อ แต่มีชั้นซ่อน {layers} ชั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="497"/>
        <source>&apos;activation&apos; must be a name or a list of names</source>
        <translation>&apos;activation&apos; ต้องเป็นชื่อหรือรายการชื่อ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="511"/>
        <source>a number r with 0 &lt; r &lt;= {most}</source>
        <translation>ตัวเลข r ที่ 0 &lt; r &lt;= {most}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="522"/>
        <source>&apos;hyperparameters&apos; must be a table of numbers</source>
        <translation>&apos;hyperparameters&apos; ต้องเป็นตารางของตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="526"/>
        <source>{key!r} is not a hyper-parameter here: set learning_rate in [training]</source>
        <translation>{key!r} ไม่ใช่ไฮเปอร์พารามิเตอร์ในที่นี้: ตั้ง learning_rate ใน [training]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="530"/>
        <source>{key!r} must be a number, not {value!r}</source>
        <translation>{key!r} ต้องเป็นตัวเลข ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="541"/>
        <source>&apos;batch&apos; must be &quot;full&quot;, &quot;stochastic&quot; or a positive integer m, not {value!r}</source>
        <translation>&apos;batch&apos; ต้องเป็น &quot;full&quot;, &quot;stochastic&quot; หรือจำนวนเต็มบวก m ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="548"/>
        <source>a positive finite number</source>
        <translation>จำนวนบวกที่จำกัด</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../../nnviz/core/limits.py" line="39"/>
        <source>{source}: {what} must be a whole number, not {value!r}</source>
        <translation>{source}: {what} ต้องเป็นจำนวนเต็ม ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="48"/>
        <source>{source}: {what} must be at least {least}, not {n}</source>
        <translation>{source}: {what} ต้องไม่น้อยกว่า {least} ไม่ใช่ {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="51"/>
        <source>{source}: {what} must be at most {most}, not {n}</source>
        <translation>{source}: {what} ต้องไม่เกิน {most} ไม่ใช่ {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="59"/>
        <source>{source}: a network has at most {most} hidden layers, not {n}</source>
        <translation>{source}: โครงข่ายมีชั้นซ่อนได้ไม่เกิน {most} ชั้น ไม่ใช่ {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="64"/>
        <source>hidden layer {l}&apos;s size</source>
        <translation>ขนาดของชั้นซ่อน {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="66"/>
        <source>{source}: hidden layer {l} needs at least one neuron, not {n}</source>
        <translation>{source}: ชั้นซ่อน {l} ต้องมีนิวรอนอย่างน้อยหนึ่งตัว ไม่ใช่ {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="70"/>
        <source>{source}: a layer has at most {most} neurons, not {n} (hidden layer {l})</source>
        <translation>{source}: ชั้นหนึ่งมีนิวรอนได้ไม่เกิน {most} ตัว ไม่ใช่ {n} (ชั้นซ่อน {l})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="79"/>
        <source>the number of inputs</source>
        <translation>จำนวนอินพุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="84"/>
        <source>the number of outputs</source>
        <translation>จำนวนเอาต์พุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="89"/>
        <source>the number of classes</source>
        <translation>จำนวนคลาส</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="94"/>
        <source>the number of samples</source>
        <translation>จำนวนตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="107"/>
        <source>{source}: a network has at most {most} parameters (80 MB of float64 θ, 320 MB with its gradient and the optimizer&apos;s state), not {p} ({sizes})</source>
        <translation>{source}: โครงข่ายมีพารามิเตอร์ได้ไม่เกิน {most} ตัว (θ แบบ float64 80 MB และ 320 MB เมื่อรวมเกรเดียนต์และสถานะของตัวปรับค่าเหมาะสุด) ไม่ใช่ {p} ({sizes})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="120"/>
        <source>{source}: a network needs an input size and at least one layer</source>
        <translation>{source}: โครงข่ายต้องมีขนาดอินพุตและอย่างน้อยหนึ่งชั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="135"/>
        <source>{source}: a forward pass over {n} samples through {sizes} computes {values} values z^l and as many a^l; at most {most} (800 MB): fewer samples or smaller layers</source>
        <translation>{source}: การส่งไปข้างหน้า {n} ตัวอย่างผ่าน {sizes} คำนวณค่า z^l {values} ค่าและ a^l อีกเท่ากัน; ได้ไม่เกิน {most} (800 MB): ลดจำนวนตัวอย่างหรือใช้ชั้นที่เล็กลง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="149"/>
        <source>{source}: the presentation scale must be a number from {least} to {most}, not {value}</source>
        <translation>{source}: ขนาดการนำเสนอต้องเป็นตัวเลขตั้งแต่ {least} ถึง {most} ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="160"/>
        <source>{source}: the speed must be steps per second (a number &gt; 0) or &quot;max&quot;, not {value!r}</source>
        <translation>{source}: ความเร็วต้องเป็นจำนวนขั้นต่อวินาที (ตัวเลข &gt; 0) หรือ &quot;max&quot; ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="168"/>
        <source>a seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="175"/>
        <source>{source}: width must be {w_min}..{top} and height {h_min}..{top} pixels, not {width}x{height}</source>
        <translation>{source}: ความกว้างต้องเป็น {w_min}..{top} และความสูง {h_min}..{top} พิกเซล ไม่ใช่ {width}x{height}</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="49"/>
        <source>loss C</source>
        <translation>ค่าสูญเสีย C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="49"/>
        <source>loss L</source>
        <translation>ค่าสูญเสีย L</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="50"/>
        <source>error rate</source>
        <translation>อัตราความผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="92"/>
        <source>step</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="103"/>
        <location filename="../../nnviz/gui/views/loss/view.py" line="275"/>
        <source>train</source>
        <translation>ฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="107"/>
        <source>log scale</source>
        <translation>สเกลลอการิทึม</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="108"/>
        <source>Plot the loss on a logarithmic axis: slow late progress shows</source>
        <translation>วาดค่าสูญเสียบนแกนลอการิทึม: เห็นความก้าวหน้าช่วงท้ายที่ช้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="256"/>
        <location filename="../../nnviz/gui/views/loss/view.py" line="277"/>
        <source>test</source>
        <translation>ทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="281"/>
        <source>step {step}: </source>
        <translation>ขั้น {step}: </translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <location filename="../../nnviz/core/losses.py" line="81"/>
        <source>the cost</source>
        <translation>ค่าต้นทุน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/losses.py" line="82"/>
        <source>{what} must be &quot;mean&quot; (C = 1/n Σ ℓ) or &quot;sum&quot; (L = Σ ℓ), not {value!r}</source>
        <translation>{what} ต้องเป็น &quot;mean&quot; (C = 1/n Σ ℓ) หรือ &quot;sum&quot; (L = Σ ℓ) ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/losses.py" line="128"/>
        <source>unknown loss {name!r} (known: {known})</source>
        <translation>ไม่รู้จักค่าสูญเสีย {name!r} (ที่รู้จัก: {known})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="31"/>
        <source>Cannot open the data set</source>
        <translation>เปิดชุดข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="32"/>
        <source>Open a data set</source>
        <translation>เปิดชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="33"/>
        <source>Data files (*.csv *.txt *idx*-ubyte *idx*-ubyte.gz);;All files (*)</source>
        <translation>ไฟล์ข้อมูล (*.csv *.txt *idx*-ubyte *idx*-ubyte.gz);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="41"/>
        <source>Open the labels of {name}</source>
        <translation>เปิดป้ายกำกับของ {name}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="43"/>
        <source>IDX labels (*idx1-ubyte *idx1-ubyte.gz);;All files (*)</source>
        <translation>ป้ายกำกับ IDX (*idx1-ubyte *idx1-ubyte.gz);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="55"/>
        <source>{name}: {train} training and {test} test samples, {w}×{h} images (test share {share}): training starts again from step 0.</source>
        <translation>{name}: ตัวอย่างฝึก {train} และตัวอย่างทดสอบ {test}, ภาพ {w}×{h} (สัดส่วนทดสอบ {share}): การฝึกเริ่มใหม่จากขั้น 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="59"/>
        <source>{name}: {train} training and {test} test samples (test share {share}): training starts again from step 0.</source>
        <translation>{name}: ตัวอย่างฝึก {train} และตัวอย่างทดสอบ {test} (สัดส่วนทดสอบ {share}): การฝึกเริ่มใหม่จากขั้น 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="67"/>
        <source>Open a model</source>
        <translation>เปิดโมเดล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="68"/>
        <source>nnviz models (*.json);;All files (*)</source>
        <translation>โมเดล nnviz (*.json);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="80"/>
        <source>Cannot open the model</source>
        <translation>เปิดโมเดลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="85"/>
        <source>Loaded the model {path}: training starts from its parameters.</source>
        <translation>โหลดโมเดล {path} แล้ว: การฝึกเริ่มจากพารามิเตอร์ของโมเดลนี้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="91"/>
        <source>Nothing to save yet</source>
        <translation>ยังไม่มีอะไรให้บันทึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="92"/>
        <source>Wait for the network to appear.</source>
        <translation>รอให้โครงข่ายปรากฏก่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="94"/>
        <source>Save the model</source>
        <translation>บันทึกโมเดล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="95"/>
        <source>nnviz models (*.json)</source>
        <translation>โมเดล nnviz (*.json)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="101"/>
        <source>Cannot save the model</source>
        <translation>บันทึกโมเดลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="103"/>
        <source>Saved the model at step {step} to {path}</source>
        <translation>บันทึกโมเดลที่ขั้น {step} ไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="125"/>
        <source>Export as PNG or SVG</source>
        <translation>ส่งออกเป็น PNG หรือ SVG</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="126"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>ภาพ PNG (*.png);;ภาพวาด SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="133"/>
        <source>Cannot export</source>
        <translation>ส่งออกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="135"/>
        <source>Exported to {path}</source>
        <translation>ส่งออกไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="72"/>
        <source>Reset: back to the starting parameters, step 0.</source>
        <translation>เริ่มใหม่: กลับไปที่พารามิเตอร์เริ่มต้น ขั้น 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="73"/>
        <source>Training restarts from the chosen point.</source>
        <translation>การฝึกเริ่มใหม่จากจุดที่เลือก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="234"/>
        <source>The {view} view cannot show the data</source>
        <translation>มุมมอง {view} แสดงข้อมูลนี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="240"/>
        <source>The {view} view stopped drawing</source>
        <translation>มุมมอง {view} หยุดวาด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="316"/>
        <source>This lesson has no steps to page through: Space plays, Right trains one step, Ctrl+T steps through the selected sample.</source>
        <translation>บทเรียนนี้ไม่มีขั้นให้เปิดทีละหน้า: Space เพื่อเล่น, ขวา เพื่อฝึกหนึ่งขั้น, Ctrl+T เพื่อไล่ทีละขั้นกับตัวอย่างที่เลือก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="352"/>
        <source>Cannot open the lesson</source>
        <translation>เปิดบทเรียนไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="359"/>
        <source>Lesson: {title}</source>
        <translation>บทเรียน: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="363"/>
        <source>Open a lesson</source>
        <translation>เปิดบทเรียน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="364"/>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>บทเรียน (*.toml);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="396"/>
        <source>The data changed: training starts again from step 0.</source>
        <translation>ข้อมูลเปลี่ยน: การฝึกเริ่มใหม่จากขั้น 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="398"/>
        <source>The network changed: training starts again from step 0.</source>
        <translation>โครงข่ายเปลี่ยน: การฝึกเริ่มใหม่จากขั้น 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="400"/>
        <source>The cost changed: training starts again from step 0.</source>
        <translation>ค่าต้นทุนเปลี่ยน: การฝึกเริ่มใหม่จากขั้น 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="402"/>
        <source>The training rule changed: training starts again from step 0.</source>
        <translation>กฎการฝึกเปลี่ยน: การฝึกเริ่มใหม่จากขั้น 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="407"/>
        <source>{optimizer}, η = {rate}: applies from the next step, no reset.</source>
        <translation>{optimizer}, η = {rate}: มีผลตั้งแต่ขั้นถัดไป ไม่เริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="438"/>
        <source>Training stopped by an error</source>
        <translation>การฝึกหยุดเพราะเกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="445"/>
        <source>Training diverged</source>
        <translation>การฝึกลู่ออก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="446"/>
        <source>{message}

The last good parameters stay on screen; lower the learning rate η in the settings, then press play.</source>
        <translation>{message}

พารามิเตอร์ที่ดีล่าสุดยังแสดงอยู่บนจอ ลดอัตราการเรียนรู้ η ในการตั้งค่า แล้วกดเล่น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="463"/>
        <source>could not open {path}: {error}</source>
        <translation>เปิด {path} ไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="469"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="490"/>
        <source>Cannot set up the race</source>
        <translation>ตั้งค่าการแข่งไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="506"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="518"/>
        <source>That choice does not work</source>
        <translation>ตัวเลือกนั้นใช้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="33"/>
        <source>next / previous step of the lesson (of the step-through while it is open, then on to the lesson&apos;s next step)</source>
        <translation>ขั้นถัดไป / ก่อนหน้าของบทเรียน (ของการไล่ทีละขั้นขณะเปิดอยู่ แล้วต่อไปยังขั้นถัดไปของบทเรียน)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="35"/>
        <source>Space</source>
        <translation>Space (เว้นวรรค)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="35"/>
        <source>play / pause</source>
        <translation>เล่น / หยุดชั่วคราว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="36"/>
        <source>enter / leave lecture mode</source>
        <translation>เข้า / ออกจากโหมดบรรยาย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="37"/>
        <source>B or .  /  W</source>
        <translation>B หรือ .  /  W</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="38"/>
        <source>black / white screen in lecture mode (any key comes back)</source>
        <translation>จอดำ / จอขาวในโหมดบรรยาย (กดปุ่มใดก็ได้เพื่อกลับ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="42"/>
        <source>Right / Left</source>
        <translation>ขวา / ซ้าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="42"/>
        <source>next / previous step</source>
        <translation>ขั้นถัดไป / ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="43"/>
        <source>Shift + Right / Left</source>
        <translation>Shift + ขวา / ซ้าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="44"/>
        <source>next / previous neuron</source>
        <translation>นิวรอนถัดไป / ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="45"/>
        <source>Ctrl + Right / Left</source>
        <translation>Ctrl + ขวา / ซ้าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="46"/>
        <source>next / previous phase</source>
        <translation>ช่วงถัดไป / ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="47"/>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="47"/>
        <source>first / last step</source>
        <translation>ขั้นแรก / ขั้นสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="51"/>
        <source>Network graph</source>
        <translation>กราฟโครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="52"/>
        <source>hover a neuron or a weight: its formula and values</source>
        <translation>ชี้ที่นิวรอนหรือน้ำหนัก: สูตรและค่าของมัน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="53"/>
        <source>click a weight or a neuron (its bias): type a new value, Enter sets, Esc cancels</source>
        <translation>คลิกน้ำหนักหรือนิวรอน (ไบแอสของมัน): พิมพ์ค่าใหม่ Enter เพื่อตั้งค่า Esc เพื่อยกเลิก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="55"/>
        <source>wheel: zoom;  drag: pan;  Fit: the whole network again</source>
        <translation>ล้อเมาส์: ซูม;  ลาก: เลื่อน;  Fit: แสดงโครงข่ายทั้งหมดอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="56"/>
        <source>Decision boundary</source>
        <translation>เส้นแบ่งการตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="57"/>
        <source>click a training point: select it (every view follows)</source>
        <translation>คลิกจุดฝึก: เลือกจุดนั้น (ทุกมุมมองตามไปด้วย)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="58"/>
        <source>double-click a training point: step through it</source>
        <translation>ดับเบิลคลิกจุดฝึก: ไล่ทีละขั้นกับจุดนั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="59"/>
        <source>Loss surface</source>
        <translation>พื้นผิวค่าสูญเสีย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="60"/>
        <source>click the map: restart training from that point</source>
        <translation>คลิกแผนที่: เริ่มการฝึกใหม่จากจุดนั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="61"/>
        <source>Optimizer race</source>
        <translation>การแข่งของตัวปรับค่าเหมาะสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="62"/>
        <source>click the map: start the race from there</source>
        <translation>คลิกแผนที่: เริ่มการแข่งจากตรงนั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="63"/>
        <source>Step-through</source>
        <translation>ไล่ทีละขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="64"/>
        <source>drag the slider: go to step k</source>
        <translation>ลากแถบเลื่อน: ไปยังขั้น k</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="65"/>
        <source>Panels</source>
        <translation>แผง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="66"/>
        <source>drag a title bar: move the panel; double-click it: float / dock it</source>
        <translation>ลากแถบชื่อ: ย้ายแผง; ดับเบิลคลิก: ลอย / ยึดแผง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="68"/>
        <source>Lesson panel</source>
        <translation>แผงบทเรียน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="69"/>
        <source>Prev / Next, or the step list: go to any step of the lesson</source>
        <translation>ก่อนหน้า / ถัดไป หรือรายการขั้น: ไปยังขั้นใดก็ได้ของบทเรียน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="70"/>
        <source>Lecture mode</source>
        <translation>โหมดบรรยาย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="71"/>
        <source>Prev / Next: previous / next step; click a black or white screen: back</source>
        <translation>ก่อนหน้า / ถัดไป: ขั้นก่อนหน้า / ถัดไป; คลิกจอดำหรือจอขาว: กลับ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/shell/menus.py" line="109"/>
        <source>{title} (%n step(s))</source>
        <translation>
            <numerusform>{title} (%n ขั้น)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="126"/>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="127"/>
        <source>&amp;Open model…</source>
        <translation>เปิดโมเดล… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="128"/>
        <source>&amp;Save model…</source>
        <translation>บันทึกโมเดล… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="129"/>
        <source>Open &amp;data set…</source>
        <translation>เปิดชุดข้อมูล… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="131"/>
        <source>&amp;Export window as PNG or SVG…</source>
        <translation>ส่งออกหน้าต่างเป็น PNG หรือ SVG… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="133"/>
        <source>Export &amp;panel</source>
        <translation>ส่งออกแผง (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="134"/>
        <source>Export &amp;animation (GIF)…</source>
        <translation>ส่งออกภาพเคลื่อนไหว (GIF)… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="136"/>
        <source>Export &amp;slide deck (PNG, Beamer)…</source>
        <translation>ส่งออกชุดสไลด์ (PNG, Beamer)… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="141"/>
        <source>&amp;Training</source>
        <translation>การฝึก (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="146"/>
        <source>Step &amp;through the selected sample</source>
        <translation>ไล่ทีละขั้นกับตัวอย่างที่เลือก (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="148"/>
        <source>&amp;Leave the step-through</source>
        <translation>ออกจากการไล่ทีละขั้น (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="150"/>
        <source>&amp;Lesson</source>
        <translation>บทเรียน (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="164"/>
        <source>&amp;Open a lesson file…</source>
        <translation>เปิดไฟล์บทเรียน… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="165"/>
        <source>&amp;Save as lesson…</source>
        <translation>บันทึกเป็นบทเรียน… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="167"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="168"/>
        <source>&amp;Panels</source>
        <translation>แผง (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="169"/>
        <source>&amp;Reset layout</source>
        <translation>คืนค่าเลย์เอาต์ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="171"/>
        <source>Presentation &amp;scale</source>
        <translation>ขนาดการนำเสนอ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="179"/>
        <source>&amp;Larger (presentation)</source>
        <translation>ใหญ่ขึ้น (การนำเสนอ) (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="180"/>
        <source>S&amp;maller</source>
        <translation>เล็กลง (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="181"/>
        <source>&amp;Dark palette</source>
        <translation>ชุดสีเข้ม (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="183"/>
        <source>&amp;High contrast (washed-out projector)</source>
        <translation>คอนทราสต์สูง (โปรเจกเตอร์ซีด) (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="188"/>
        <source>L&amp;ecture mode</source>
        <translation>โหมดบรรยาย (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="191"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="192"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="193"/>
        <source>&amp;About nnviz</source>
        <translation>เกี่ยวกับ nnviz (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="225"/>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="226"/>
        <source>Presenter keys (whatever has the focus)</source>
        <translation>ปุ่มสำหรับผู้นำเสนอ (ไม่ว่าโฟกัสอยู่ที่ใด)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="227"/>
        <source>In the step-through (graph or panel focused)</source>
        <translation>ในการไล่ทีละขั้น (โฟกัสที่กราฟหรือแผง)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="229"/>
        <source>Mouse</source>
        <translation>เมาส์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="258"/>
        <source>Keyboard shortcuts and mouse</source>
        <translation>ปุ่มลัดแป้นพิมพ์และเมาส์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="285"/>
        <source>About nnviz</source>
        <translation>เกี่ยวกับ nnviz</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="286"/>
        <source>nnviz {version}

Watch neural networks learn: the weights, the decision boundary, the loss and the loss surface, live.
A NumPy core with PySide6 and pyqtgraph.</source>
        <translation>nnviz {version}

ดูโครงข่ายประสาทเทียมเรียนรู้: น้ำหนัก เส้นแบ่งการตัดสินใจ ค่าสูญเสีย และพื้นผิวค่าสูญเสีย แบบสด
แกนหลัก NumPy กับ PySide6 และ pyqtgraph</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="36"/>
        <source>a model file</source>
        <translation>ไฟล์โมเดล</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="51"/>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation>ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {line} คอลัมน์ {column}: {error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="55"/>
        <source>not a model file: lists or objects nested too deeply</source>
        <translation>ไม่ใช่ไฟล์โมเดล: รายการหรืออ็อบเจกต์ซ้อนกันลึกเกินไป</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="63"/>
        <source>the top level must be a JSON object</source>
        <translation>ระดับบนสุดต้องเป็นอ็อบเจกต์ JSON</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="64"/>
        <source>top level</source>
        <translation>ระดับบนสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="67"/>
        <source>missing field {key!r} at the top level</source>
        <translation>ไม่มีฟิลด์ {key!r} ที่ระดับบนสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="70"/>
        <source>field &apos;format&apos; must be {format!r}, got {value}</source>
        <translation>ฟิลด์ &apos;format&apos; ต้องเป็น {format!r} แต่ได้ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="73"/>
        <source>field &apos;version&apos; must be {version}, got {value}</source>
        <translation>ฟิลด์ &apos;version&apos; ต้องเป็น {version} แต่ได้ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="76"/>
        <source>field &apos;loss&apos;: unknown loss {value} (known: {known})</source>
        <translation>ฟิลด์ &apos;loss&apos;: ไม่รู้จักค่าสูญเสีย {value} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="81"/>
        <source>field &apos;layers&apos; must be a non-empty list</source>
        <translation>ฟิลด์ &apos;layers&apos; ต้องเป็นรายการที่ไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="86"/>
        <location filename="../../nnviz/core/modelfile.py" line="120"/>
        <source>layer {l}</source>
        <translation>ชั้น {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="88"/>
        <source>{where}: must be an object with activation, weights and bias</source>
        <translation>{where}: ต้องเป็นอ็อบเจกต์ที่มี activation, weights และ bias</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="93"/>
        <source>{where}: missing field {key!r}</source>
        <translation>{where}: ไม่มีฟิลด์ {key!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="97"/>
        <source>{where}, field &apos;activation&apos;: unknown activation {value} (known: {known})</source>
        <translation>{where} ฟิลด์ &apos;activation&apos;: ไม่รู้จักฟังก์ชันกระตุ้น {value} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="102"/>
        <source>{where}, field &apos;weights&apos;: rows have {count} numbers but layer {previous} has {n} neurons (shapes must chain)</source>
        <translation>{where} ฟิลด์ &apos;weights&apos;: แถวมี {count} ตัวเลข แต่ชั้น {previous} มี {n} นิวรอน (ขนาดต้องต่อกันได้)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="110"/>
        <source>{where}, field &apos;bias&apos;: {count} numbers for {n} neurons</source>
        <translation>{where} ฟิลด์ &apos;bias&apos;: {count} ตัวเลขสำหรับ {n} นิวรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="118"/>
        <source>field &apos;layers&apos;</source>
        <translation>ฟิลด์ &apos;layers&apos;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="148"/>
        <source>{where}, field {name!r}</source>
        <translation>{where} ฟิลด์ {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="152"/>
        <source>{name} is not a finite number</source>
        <translation>{name} ไม่ใช่จำนวนจำกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="166"/>
        <source>the number {number} is too large (beyond ±1.8e308)</source>
        <translation>ตัวเลข {number} ใหญ่เกินไป (เกิน ±1.8e308)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="177"/>
        <source>the field {key} appears twice in one object</source>
        <translation>ฟิลด์ {key} ปรากฏสองครั้งในอ็อบเจกต์เดียว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="186"/>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="193"/>
        <source>a list ({count} items)</source>
        <translation>รายการ ({count} รายการ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="194"/>
        <source>a JSON object ({count} items)</source>
        <translation>อ็อบเจกต์ JSON ({count} รายการ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="202"/>
        <source>{where}: unknown field {key} (allowed: {known})</source>
        <translation>{where}: ไม่รู้จักฟิลด์ {key} (ที่ใช้ได้: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="209"/>
        <source>{where}: {value} is not a number</source>
        <translation>{where}: {value} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="212"/>
        <source>{where}: {value!r} is not a finite number</source>
        <translation>{where}: {value!r} ไม่ใช่จำนวนจำกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="219"/>
        <source>{where}: must be a non-empty list of numbers</source>
        <translation>{where}: ต้องเป็นรายการตัวเลขที่ไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="226"/>
        <source>{where}: must be a non-empty list of rows</source>
        <translation>{where}: ต้องเป็นรายการแถวที่ไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="231"/>
        <source>{where}[{j}]: row has {count} numbers, row 0 has {first}</source>
        <translation>{where}[{j}]: แถวนี้มี {count} ตัวเลข แถว 0 มี {first}</translation>
    </message>
</context>
<context>
    <name>NarrationStrip</name>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="61"/>
        <source>◀ Prev</source>
        <translation>◀ ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="62"/>
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="64"/>
        <source>Previous step (PageUp)</source>
        <translation>ขั้นก่อนหน้า (PageUp)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="66"/>
        <source>Next step (PageDown)</source>
        <translation>ขั้นถัดไป (PageDown)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="91"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>ขั้นที่ {number} จาก {count}: {title}</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../nnviz/core/network.py" line="58"/>
        <source>a network needs an input size and at least one layer</source>
        <translation>โครงข่ายต้องมีขนาดอินพุตและอย่างน้อยหนึ่งชั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="61"/>
        <source>every layer needs at least one neuron (sizes {sizes})</source>
        <translation>ทุกชั้นต้องมีนิวรอนอย่างน้อยหนึ่งตัว (ขนาด {sizes})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="65"/>
        <source>{layers} layers need {layers} activations and bias flags, got {activations} and {biases}</source>
        <translation>{layers} ชั้นต้องมีฟังก์ชันกระตุ้นและตัวระบุไบแอสอย่างละ {layers} แต่ได้ {activations} และ {biases}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="71"/>
        <source>layer {l}: {name} is for the output layer only</source>
        <translation>ชั้น {l}: {name} ใช้ได้กับชั้นเอาต์พุตเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="75"/>
        <location filename="../../nnviz/core/network.py" line="350"/>
        <source>loss {loss} needs a {needed} output layer, not {given}</source>
        <translation>ค่าสูญเสีย {loss} ต้องใช้ชั้นเอาต์พุต {needed} ไม่ใช่ {given}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="249"/>
        <source>layer {l}: weights have shape {shape}, expected {expected}</source>
        <translation>ชั้น {l}: น้ำหนักมีรูปร่าง {shape} แต่ควรเป็น {expected}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="282"/>
        <source>unknown initialiser {name!r} (known: {known})</source>
        <translation>ไม่รู้จักวิธีกำหนดค่าเริ่มต้น {name!r} (ที่รู้จัก: {known})</translation>
    </message>
</context>
<context>
    <name>NeuronCurveView</name>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="40"/>
        <source>The neuron curve needs a network with one input and one output neuron and no hidden layer</source>
        <translation>เส้นโค้งนิวรอนต้องใช้โครงข่ายที่มีอินพุตหนึ่งตัว นิวรอนเอาต์พุตหนึ่งตัว และไม่มีชั้นซ่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="68"/>
        <source>start training: the neuron curve needs a network</source>
        <translation>เริ่มการฝึก: เส้นโค้งนิวรอนต้องมีโครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="77"/>
        <source>the weight w: it scales the curve</source>
        <translation>น้ำหนัก w: ยืดหดเส้นโค้ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="78"/>
        <source>the bias b: it shifts the curve</source>
        <translation>ไบแอส b: เลื่อนเส้นโค้ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="122"/>
        <source>drag: the x at which both neurons&apos; outputs are compared</source>
        <translation>ลาก: ค่า x ที่ใช้เปรียบเทียบเอาต์พุตของนิวรอนทั้งสอง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="136"/>
        <source>A small change of w or b moves a smooth neuron&apos;s output a little; a step neuron&apos;s output flips where z = w·x + b crosses 0.</source>
        <translation>การเปลี่ยน w หรือ b เล็กน้อยทำให้เอาต์พุตของนิวรอนแบบเรียบเปลี่ยนเล็กน้อย แต่เอาต์พุตของนิวรอนแบบขั้นบันไดพลิกเมื่อ z = w·x + b ผ่าน 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="192"/>
        <source>{needs}; this network is {sizes}.</source>
        <translation>{needs} แต่โครงข่ายนี้เป็น {sizes}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="379"/>
        <source>no bias</source>
        <translation>ไม่มีไบแอส</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="381"/>
        <source>At x = {x}: z = {z},  {formula} = {a} (blue),  {other} neuron {p} (orange)</source>
        <translation>ที่ x = {x}: z = {z},  {formula} = {a} (สีน้ำเงิน),  นิวรอน {other} {p} (สีส้ม)</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <location filename="../../nnviz/core/notation.py" line="41"/>
        <source>Numbers are shown to {digits} significant digits, each rounded from the full-precision value.</source>
        <translation>ตัวเลขแสดง {digits} หลักนัยสำคัญ แต่ละตัวปัดจากค่าที่มีความละเอียดเต็ม</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/notation.py" line="146"/>
        <source>(… {count} more terms = {total})</source>
        <translation>(… อีก {count} พจน์ = {total})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/notation.py" line="284"/>
        <source> more terms</source>
        <translation> พจน์ที่เหลือ</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../nnviz/core/numbers.py" line="28"/>
        <source>{text!r} is not a finite number</source>
        <translation>{text!r} ไม่ใช่จำนวนจำกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/numbers.py" line="41"/>
        <source>{text!r} is not a number</source>
        <translation>{text!r} ไม่ใช่ตัวเลข</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="40"/>
        <source>{name} must be a number, got {value!r}</source>
        <translation>{name} ต้องเป็นตัวเลข แต่ได้ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="44"/>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} ต้องเป็นจำนวนจำกัด แต่ได้ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="47"/>
        <source>{name} must be greater than 0, got {value}</source>
        <translation>{name} ต้องมากกว่า 0 แต่ได้ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="50"/>
        <source>{name} must lie in [0, 1), got {value}</source>
        <translation>{name} ต้องอยู่ใน [0, 1) แต่ได้ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="91"/>
        <source>{optimizer} has no hyper-parameter {name!r} (it has: {known})</source>
        <translation>{optimizer} ไม่มีไฮเปอร์พารามิเตอร์ {name!r} (ที่มี: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="271"/>
        <source>unknown optimizer {name!r} (known: {known})</source>
        <translation>ไม่รู้จักตัวปรับค่าเหมาะสุด {name!r} (ที่รู้จัก: {known})</translation>
    </message>
</context>
<context>
    <name>ParameterPair</name>
    <message>
        <location filename="../../nnviz/gui/kit/parameter_pair.py" line="38"/>
        <source>horizontal</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/kit/parameter_pair.py" line="38"/>
        <source>vertical</source>
        <translation>แนวตั้ง</translation>
    </message>
</context>
<context>
    <name>ParameterUpdate</name>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="88"/>
        <source>this worked example has no update: give a target and a learning rate</source>
        <translation>ตัวอย่างนี้ไม่มีการปรับค่า: ระบุเป้าหมายและอัตราการเรียนรู้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="121"/>
        <source>the batch must be m ≥ 1 rows of {n} inputs, got shape {shape}</source>
        <translation>แบตช์ต้องมี m ≥ 1 แถว แถวละ {n} อินพุต แต่ได้รูปร่าง {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="125"/>
        <source>{m} samples need targets of shape ({m}, {outputs}), got {shape}</source>
        <translation>{m} ตัวอย่างต้องมีเป้าหมายรูปร่าง ({m}, {outputs}) แต่ได้ {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="129"/>
        <source>the batch contains NaN or infinite values</source>
        <translation>แบตช์มีค่า NaN หรือค่าอนันต์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="137"/>
        <source>the update overflows: use a smaller learning rate</source>
        <translation>การปรับค่าล้นขอบเขต: ใช้อัตราการเรียนรู้ที่เล็กลง</translation>
    </message>
</context>
<context>
    <name>Perceptron</name>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="84"/>
        <source>the perceptron needs samples as rows of a 2-D array, got shape {shape}</source>
        <translation>เพอร์เซปตรอนต้องการตัวอย่างเป็นแถวของอาร์เรย์ 2 มิติ แต่ได้รูปร่าง {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="87"/>
        <source>{n} samples but labels of shape {shape}</source>
        <translation>มี {n} ตัวอย่าง แต่ป้ายกำกับมีรูปร่าง {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="90"/>
        <source>the samples contain NaN or infinite values</source>
        <translation>ตัวอย่างมีค่า NaN หรือค่าอนันต์</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="92"/>
        <source>the perceptron rule needs labels -1 and +1</source>
        <translation>กฎเพอร์เซปตรอนต้องใช้ป้ายกำกับ -1 และ +1</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="95"/>
        <source>{n} inputs need {n} weights, got {count}</source>
        <translation>อินพุต {n} ตัวต้องมีน้ำหนัก {n} ค่า แต่ได้ {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="98"/>
        <source>the starting weights and bias must be finite numbers</source>
        <translation>น้ำหนักและไบแอสเริ่มต้นต้องเป็นจำนวนจำกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="101"/>
        <source>the learning rate η must be a number &gt; 0, got {value!r}</source>
        <translation>อัตราการเรียนรู้ η ต้องเป็นตัวเลข &gt; 0 แต่ได้ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="104"/>
        <source>the perceptron rule needs a sign or step neuron, not {name!r}</source>
        <translation>กฎเพอร์เซปตรอนต้องใช้นิวรอน sign หรือ step ไม่ใช่ {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="107"/>
        <source>the step limit must be a whole number ≥ 1, got {value!r}</source>
        <translation>ขีดจำกัดจำนวนขั้นต้องเป็นจำนวนเต็ม ≥ 1 แต่ได้ {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="42"/>
        <source>the perceptron rule trains one sign or step neuron: no hidden layers, one output</source>
        <translation>กฎเพอร์เซปตรอนฝึกนิวรอน sign หรือ step หนึ่งตัว: ไม่มีชั้นซ่อน มีเอาต์พุตเดียว</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="45"/>
        <source>the perceptron rule needs two classes; {name} has {count} classes</source>
        <translation>กฎเพอร์เซปตรอนต้องใช้สองคลาส แต่ {name} มี {count} คลาส</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="49"/>
        <source>the perceptron rule needs two classes; {name} has no classes</source>
        <translation>กฎเพอร์เซปตรอนต้องใช้สองคลาส แต่ {name} ไม่มีคลาส</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="53"/>
        <source>the network has {inputs} inputs but data set {name!r} has {features} features</source>
        <translation>โครงข่ายมี {inputs} อินพุต แต่ชุดข้อมูล {name!r} มี {features} คุณลักษณะ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="110"/>
        <source>converged after {n} samples: a whole epoch without a mistake</source>
        <translation>ลู่เข้าหลังจาก {n} ตัวอย่าง: ผ่านหนึ่งรอบเต็มโดยไม่ผิดเลย</translation>
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
    <name>Recorder</name>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="73"/>
        <source>Recording frame {n} of {total}…</source>
        <translation>กำลังบันทึกเฟรม {n} จาก {total}…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="116"/>
        <source>Encoding the GIF…</source>
        <translation>กำลังเข้ารหัส GIF…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="144"/>
        <source>Wrote {path}: {n} frames of {w}×{h}, {kb} kB.</source>
        <translation>เขียน {path} แล้ว: {n} เฟรม ขนาด {w}×{h}, {kb} kB</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="150"/>
        <source>The GIF {path} was written, but not the frames: {error}</source>
        <translation>เขียน GIF {path} แล้ว แต่เขียนเฟรมไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="152"/>
        <source>The frames are in {folder}.</source>
        <translation>เฟรมอยู่ใน {folder}</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../nnviz/commands/render.py" line="78"/>
        <source>--size {text}: expected WIDTHxHEIGHT in pixels, e.g. 1600x1000</source>
        <translation>--size {text}: ต้องเป็น WIDTHxHEIGHT เป็นพิกเซล เช่น 1600x1000</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="90"/>
        <source>--out {text}: the picture is a PNG, give a file name ending in .png</source>
        <translation>--out {text}: ภาพเป็น PNG ให้ใช้ชื่อไฟล์ที่ลงท้ายด้วย .png</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="122"/>
        <source>give --out FILE.png (a picture) or --gif FILE.gif (an animation)</source>
        <translation>ระบุ --out FILE.png (ภาพนิ่ง) หรือ --gif FILE.gif (ภาพเคลื่อนไหว)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="128"/>
        <location filename="../../nnviz/commands/render_gif.py" line="127"/>
        <source>--sample {sample}: needs --walkthrough K, the step to show</source>
        <translation>--sample {sample}: ต้องมี --walkthrough K คือขั้นที่จะแสดง</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="154"/>
        <source>wrote {path} ({w}x{h}) after {steps} steps: {loss}</source>
        <translation>เขียน {path} ({w}x{h}) แล้ว หลังจาก {steps} ขั้น: {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="168"/>
        <source>--lesson-step {step} (the lesson&apos;s steps set the data, the network and the training)</source>
        <translation>--lesson-step {step} (ขั้นของบทเรียนกำหนดข้อมูล โครงข่าย และการฝึกเอง)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="179"/>
        <source>step {number} of {count}: {title}</source>
        <translation>ขั้น {number} จาก {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="181"/>
        <source>its start: {title}</source>
        <translation>จุดเริ่มต้น: {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/commands/render.py" line="183"/>
        <source>%n training step(s)</source>
        <translation>
            <numerusform>ฝึก %n ขั้น</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="184"/>
        <source>wrote {path} ({w}x{h}): lesson {lesson}, {where}; {trained}, {loss}</source>
        <translation>เขียน {path} ({w}x{h}) แล้ว: บทเรียน {lesson}, {where}; {trained}, {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="194"/>
        <source>the step-through of sample {sample} at step {step} of {count}: {symbol}</source>
        <translation>การไล่ทีละขั้นของตัวอย่าง {sample} ที่ขั้น {step} จาก {count}: {symbol}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="53"/>
        <source>--layers {layers}: the data set {name} has {n} features, so N0 must be {n}</source>
        <translation>--layers {layers}: ชุดข้อมูล {name} มี {n} คุณลักษณะ ดังนั้น N0 ต้องเป็น {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="70"/>
        <source>--layers {layers}: the data set {name} needs {n} output neurons with a {activation} output</source>
        <translation>--layers {layers}: ชุดข้อมูล {name} ต้องมีนิวรอนเอาต์พุต {n} ตัวเมื่อเอาต์พุตเป็น {activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="114"/>
        <source>--sample {sample}: {error}</source>
        <translation>--sample {sample}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="118"/>
        <source>--walkthrough {step}: the step-through of sample {sample} has {n} steps, numbered 1 to {n}</source>
        <translation>--walkthrough {step}: การไล่ทีละขั้นของตัวอย่าง {sample} มี {n} ขั้น เลข 1 ถึง {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="156"/>
        <source>train loss {loss}</source>
        <translation>ค่าสูญเสียชุดฝึก {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="157"/>
        <source>train loss {loss}, train accuracy {accuracy}</source>
        <translation>ค่าสูญเสียชุดฝึก {loss}, ความแม่นยำชุดฝึก {accuracy}</translation>
    </message>
</context>
<context>
    <name>RenderGif</name>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="70"/>
        <source>--{option}: needs --gif OUT.gif</source>
        <translation>--{option}: ต้องมี --gif OUT.gif</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="74"/>
        <source>{option} all: needs --gif OUT.gif (one frame per step)</source>
        <translation>{option} all: ต้องมี --gif OUT.gif (หนึ่งเฟรมต่อขั้น)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="84"/>
        <source>--gif {text}: the animation is a GIF, give a file name ending in .gif</source>
        <translation>--gif {text}: ภาพเคลื่อนไหวเป็น GIF ให้ใช้ชื่อไฟล์ที่ลงท้ายด้วย .gif</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="100"/>
        <source>--view {key}: no such view; the views are {keys}</source>
        <translation>--view {key}: ไม่มีมุมมองนี้ มุมมองที่มีคือ {keys}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="111"/>
        <source>--out {path}: give either --out (a picture) or --gif (an animation)</source>
        <translation>--out {path}: ระบุอย่างใดอย่างหนึ่ง --out (ภาพนิ่ง) หรือ --gif (ภาพเคลื่อนไหว)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="135"/>
        <source>--lesson-step {step}: with --gif, give --lesson-step all (one frame per step)</source>
        <translation>--lesson-step {step}: เมื่อใช้ --gif ให้ระบุ --lesson-step all (หนึ่งเฟรมต่อขั้น)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="141"/>
        <source>--walkthrough {step}: with --gif, give --walkthrough all (one frame per step)</source>
        <translation>--walkthrough {step}: เมื่อใช้ --gif ให้ระบุ --walkthrough all (หนึ่งเฟรมต่อขั้น)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="149"/>
        <source>wrote {path}: {n} frames of {w}x{h} at {fps} per second, {bytes} bytes; {note}</source>
        <translation>เขียน {path} แล้ว: {n} เฟรม ขนาด {w}x{h} ที่ {fps} เฟรมต่อวินาที, {bytes} ไบต์; {note}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="155"/>
        <source>wrote {n} numbered frames into {path}</source>
        <translation>เขียนเฟรมที่มีหมายเลข {n} เฟรมลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="168"/>
        <source>--every {k}: {mode} records one frame per step, not every K training steps</source>
        <translation>--every {k}: {mode} บันทึกหนึ่งเฟรมต่อขั้น ไม่ใช่ทุก K ขั้นของการฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="202"/>
        <source>a frame every {k} steps, {steps} steps: {loss}</source>
        <translation>หนึ่งเฟรมทุก {k} ขั้น, {steps} ขั้น: {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="235"/>
        <source>the step-through of sample {sample}, steps 1 to {n} of {count}, after {steps} training steps</source>
        <translation>การไล่ทีละขั้นของตัวอย่าง {sample} ขั้น 1 ถึง {n} จาก {count} หลังฝึก {steps} ขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="244"/>
        <source>--lesson-step all (the lesson&apos;s steps set the data, the network and the training)</source>
        <translation>--lesson-step all (ขั้นของบทเรียนกำหนดข้อมูล โครงข่าย และการฝึกเอง)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="249"/>
        <source>--walkthrough cannot be combined with --lesson-step all</source>
        <translation>ใช้ --walkthrough ร่วมกับ --lesson-step all ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="263"/>
        <source>lesson {lesson}: its start and steps 1 to {last} of {count}</source>
        <translation>บทเรียน {lesson}: จุดเริ่มต้นและขั้น 1 ถึง {last} จาก {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="280"/>
        <source>--view {key}: the view is not shown in this window (in lecture mode only the lesson&apos;s views are)</source>
        <translation>--view {key}: มุมมองนี้ไม่ได้แสดงในหน้าต่างนี้ (ในโหมดบรรยายแสดงเฉพาะมุมมองของบทเรียน)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../nnviz/session/controller.py" line="120"/>
        <source>{what} needs {size} finite parameters, got 1 number</source>
        <translation>{what} ต้องมีพารามิเตอร์ที่เป็นจำนวนจำกัด {size} ตัว ได้ 1 ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="122"/>
        <source>{what} needs {size} finite parameters, got 1 number (not all finite)</source>
        <translation>{what} ต้องมีพารามิเตอร์ที่เป็นจำนวนจำกัด {size} ตัว ได้ 1 ตัวเลข (ไม่ใช่จำนวนจำกัดทั้งหมด)</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="125"/>
        <source>{what} needs {size} finite parameters, got {n} numbers</source>
        <translation>{what} ต้องมีพารามิเตอร์ที่เป็นจำนวนจำกัด {size} ตัว ได้ {n} ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="127"/>
        <source>{what} needs {size} finite parameters, got {n} numbers (not all finite)</source>
        <translation>{what} ต้องมีพารามิเตอร์ที่เป็นจำนวนจำกัด {size} ตัว ได้ {n} ตัวเลข (ไม่ใช่จำนวนจำกัดทั้งหมด)</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="219"/>
        <source>the speed must be &gt; 0 steps per second, not {speed}</source>
        <translation>ความเร็วต้อง &gt; 0 ขั้นต่อวินาที ไม่ใช่ {speed}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="224"/>
        <source>not a training command: {command}</source>
        <translation>ไม่ใช่คำสั่งการฝึก: {command}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="232"/>
        <source>a step count must be &gt;= 0, not {step}</source>
        <translation>จำนวนขั้นต้อง &gt;= 0 ไม่ใช่ {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="235"/>
        <source>the lesson step</source>
        <translation>ขั้นของบทเรียน</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="252"/>
        <source>changing the training rule needs a reset</source>
        <translation>การเปลี่ยนกฎการฝึกต้องเริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="290"/>
        <source>parameter index {index} out of range (the network has {size})</source>
        <translation>ดัชนีพารามิเตอร์ {index} อยู่นอกช่วง (โครงข่ายมี {size})</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="293"/>
        <source>{parameter}: {value} is not a finite number</source>
        <translation>{parameter}: {value} ไม่ใช่จำนวนจำกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="303"/>
        <source>a restart point</source>
        <translation>จุดเริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="312"/>
        <source>the update</source>
        <translation>การปรับค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="408"/>
        <source>nothing to train yet: choose a data set and a network first</source>
        <translation>ยังไม่มีอะไรให้ฝึก: เลือกชุดข้อมูลและโครงข่ายก่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walk.py" line="94"/>
        <source>unknown step-through move {move} (known: {moves})</source>
        <translation>ไม่รู้จักการเลื่อน {move} ของการไล่ทีละขั้น (ที่รู้จัก: {moves})</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walk.py" line="104"/>
        <source>there is no sample {sample}: the data set {name} has {n} samples, numbered 1 to {n}</source>
        <translation>ไม่มีตัวอย่าง {sample}: ชุดข้อมูล {name} มี {n} ตัวอย่าง หมายเลข 1 ถึง {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walk.py" line="109"/>
        <source>the network has {inputs} inputs but the data set {name} has {features} features</source>
        <translation>โครงข่ายมี {inputs} อินพุต แต่ชุดข้อมูล {name} มี {features} คุณลักษณะ</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walkthrough.py" line="66"/>
        <source>there is nothing to step through: the step list is empty</source>
        <translation>ไม่มีอะไรให้ไล่ทีละขั้น: รายการขั้นว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walkthrough.py" line="138"/>
        <source>step {number} is not in the walk: the steps are numbered 1 to {n}</source>
        <translation>ไม่มีขั้น {number} ในการไล่ทีละขั้น: ขั้นมีหมายเลข 1 ถึง {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walkthrough.py" line="194"/>
        <source>unknown zoom level {level} (known: {levels})</source>
        <translation>ไม่รู้จักระดับการซูม {level} (ที่รู้จัก: {levels})</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="40"/>
        <source>The training (and test) data</source>
        <translation>ข้อมูลสำหรับฝึก (และทดสอบ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="42"/>
        <source>gradient descent</source>
        <translation>การลดตามเกรเดียนต์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="43"/>
        <source>perceptron rule</source>
        <translation>กฎเพอร์เซปตรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="44"/>
        <source>squared error</source>
        <translation>ค่าคลาดเคลื่อนกำลังสอง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="45"/>
        <source>½ squared error</source>
        <translation>½ ค่าคลาดเคลื่อนกำลังสอง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="46"/>
        <source>absolute error</source>
        <translation>ค่าคลาดเคลื่อนสัมบูรณ์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="47"/>
        <source>cross-entropy (binary)</source>
        <translation>ครอสเอนโทรปี (ไบนารี)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="48"/>
        <source>cross-entropy (softmax)</source>
        <translation>ครอสเอนโทรปี (softmax)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="49"/>
        <source>mean: C = 1/n Σ ℓ</source>
        <translation>ค่าเฉลี่ย: C = 1/n Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="50"/>
        <source>sum: L = Σ ℓ</source>
        <translation>ผลรวม: L = Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="51"/>
        <source>full</source>
        <translation>เต็มชุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="52"/>
        <source>mini-batch</source>
        <translation>มินิแบตช์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="53"/>
        <source>stochastic</source>
        <translation>สโตแคสติก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="55"/>
        <source>θ given by the lesson</source>
        <translation>θ ที่บทเรียนกำหนด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="56"/>
        <source>momentum μ</source>
        <translation>โมเมนตัม μ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="57"/>
        <source>decay ρ</source>
        <translation>การลดทอน ρ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="60"/>
        <source>μ: how much of the last step&apos;s velocity is kept (0 ≤ μ &lt; 1)</source>
        <translation>μ: สัดส่วนของความเร็วจากขั้นก่อนที่เก็บไว้ (0 ≤ μ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="62"/>
        <source>ρ: decay of the running mean of g² (0 ≤ ρ &lt; 1)</source>
        <translation>ρ: การลดทอนของค่าเฉลี่ยเคลื่อนที่ของ g² (0 ≤ ρ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="63"/>
        <source>β₁: decay of the running mean of g (0 ≤ β₁ &lt; 1)</source>
        <translation>β₁: การลดทอนของค่าเฉลี่ยเคลื่อนที่ของ g (0 ≤ β₁ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="64"/>
        <source>β₂: decay of the running mean of g² (0 ≤ β₂ &lt; 1)</source>
        <translation>β₂: การลดทอนของค่าเฉลี่ยเคลื่อนที่ของ g² (0 ≤ β₂ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="65"/>
        <source>ε: keeps the division by √(...) finite</source>
        <translation>ε: ทำให้การหารด้วย √(...) มีค่าจำกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="82"/>
        <source>hidden layer {index}</source>
        <translation>ชั้นซ่อน {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="84"/>
        <source>neurons</source>
        <translation>นิวรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="86"/>
        <source>N_{index}: the number of neurons in hidden layer {index}</source>
        <translation>N_{index}: จำนวนนิวรอนในชั้นซ่อน {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="88"/>
        <source>activation</source>
        <translation>ฟังก์ชันกระตุ้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="90"/>
        <source>σ of layer {index}: a = σ(z)</source>
        <translation>σ ของชั้น {index}: a = σ(z)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="92"/>
        <source>remove layer {index}</source>
        <translation>ลบชั้น {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="115"/>
        <source>Data</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="116"/>
        <source>data set</source>
        <translation>ชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="118"/>
        <source>samples n</source>
        <translation>จำนวนตัวอย่าง n</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="119"/>
        <source>noise</source>
        <translation>สัญญาณรบกวน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="121"/>
        <source>Standard deviation of the noise added to the points</source>
        <translation>ส่วนเบี่ยงเบนมาตรฐานของสัญญาณรบกวนที่เพิ่มให้จุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="122"/>
        <source>test share</source>
        <translation>สัดส่วนทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="124"/>
        <source>Share of the samples held out as the test set</source>
        <translation>สัดส่วนของตัวอย่างที่กันไว้เป็นชุดทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="125"/>
        <source>labels</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="126"/>
        <source>Write the two classes as 0/1 or as −1/+1</source>
        <translation>เขียนสองคลาสเป็น 0/1 หรือ −1/+1</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="127"/>
        <source>data seed</source>
        <translation>seed ของข้อมูล</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="128"/>
        <source>new random data</source>
        <translation>สุ่มข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="129"/>
        <source>Draw new points: the data seed goes up by one</source>
        <translation>สุ่มจุดใหม่: seed ของข้อมูลเพิ่มขึ้นหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="130"/>
        <source>open a data file…</source>
        <translation>เปิดไฟล์ข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="131"/>
        <source>A CSV table, a digit CSV or IDX images (MNIST&apos;s train-images-idx3-ubyte)</source>
        <translation>ตาราง CSV, CSV ของตัวเลข หรือภาพ IDX (train-images-idx3-ubyte ของ MNIST)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="133"/>
        <source>Network</source>
        <translation>โครงข่าย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="134"/>
        <source>hidden layers</source>
        <translation>ชั้นซ่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="135"/>
        <source>add a hidden layer</source>
        <translation>เพิ่มชั้นซ่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="136"/>
        <source>output activation</source>
        <translation>ฟังก์ชันกระตุ้นเอาต์พุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="137"/>
        <source>σ of the output layer L</source>
        <translation>σ ของชั้นเอาต์พุต L</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="138"/>
        <source>biases b</source>
        <translation>ไบแอส b</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="139"/>
        <source>initialiser</source>
        <translation>วิธีกำหนดค่าเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="140"/>
        <source>How θ is drawn at the start (a lesson or a loaded model may give θ instead: choose one to draw a new θ)</source>
        <translation>วิธีสุ่ม θ ตอนเริ่มต้น (บทเรียนหรือโมเดลที่โหลดอาจให้ θ มาแทน: เลือกวิธีหนึ่งเพื่อสุ่ม θ ใหม่)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="142"/>
        <source>range r</source>
        <translation>ช่วง r</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="143"/>
        <source>uniform: w, b ~ U(−r, r)</source>
        <translation>แบบสม่ำเสมอ: w, b ~ U(−r, r)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="144"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="145"/>
        <source>Seed of the initial θ and of the batch order</source>
        <translation>seed ของ θ เริ่มต้นและของลำดับแบตช์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="147"/>
        <source>Training</source>
        <translation>การฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="148"/>
        <source>rule</source>
        <translation>กฎ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="150"/>
        <source>loss ℓ</source>
        <translation>ค่าสูญเสีย ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="152"/>
        <source>cost</source>
        <translation>ค่าต้นทุน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="154"/>
        <source>What gradient descent minimises: the mean C = 1/n Σ ℓ or the sum L = Σ ℓ over the samples (∂L/∂θ = n·∂C/∂θ); a change starts again</source>
        <translation>สิ่งที่การลดตามเกรเดียนต์ทำให้ต่ำสุด: ค่าเฉลี่ย C = 1/n Σ ℓ หรือผลรวม L = Σ ℓ บนตัวอย่างทั้งหมด (∂L/∂θ = n·∂C/∂θ) การเปลี่ยนจะเริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="156"/>
        <source>optimizer</source>
        <translation>ตัวปรับค่าเหมาะสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="158"/>
        <source>learning rate η</source>
        <translation>อัตราการเรียนรู้ η</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="160"/>
        <source>η: applies at the next step, without a reset</source>
        <translation>η: มีผลตั้งแต่ขั้นถัดไป โดยไม่เริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="161"/>
        <source>hyper-parameters</source>
        <translation>ไฮเปอร์พารามิเตอร์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="162"/>
        <source>batch</source>
        <translation>แบตช์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="164"/>
        <source>full: all n samples per step; mini-batch: m; stochastic: 1</source>
        <translation>เต็มชุด: ทั้ง n ตัวอย่างต่อขั้น; มินิแบตช์: m; สโตแคสติก: 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="165"/>
        <source>batch size m</source>
        <translation>ขนาดแบตช์ m</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="167"/>
        <source>shuffle each epoch</source>
        <translation>สลับลำดับทุกรอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="235"/>
        <source>The data file {path} with the labels {labels}</source>
        <translation>ไฟล์ข้อมูล {path} พร้อมป้ายกำกับ {labels}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="237"/>
        <source>The data file {path}</source>
        <translation>ไฟล์ข้อมูล {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="239"/>
        <source>the lesson&apos;s points</source>
        <translation>จุดของบทเรียน</translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="68"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>ขั้นที่ {number} จาก {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="79"/>
        <source>sample {sample}: the data set has samples 1 to {n}</source>
        <translation>ตัวอย่าง {sample}: ชุดข้อมูลมีตัวอย่างที่ 1 ถึง {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="87"/>
        <source>the step-through of this network has {n} steps, more than a deck of {limit} pictures; export it from the Step-through panel as Beamer slides instead</source>
        <translation>การไล่ทีละขั้นของโครงข่ายนี้มี {n} ขั้น มากกว่าชุดสไลด์ {limit} ภาพ ให้ส่งออกจากแผงไล่ทีละขั้นเป็นสไลด์ Beamer แทน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="96"/>
        <source>{sample}, step {k} of {n}</source>
        <translation>{sample} ขั้นที่ {k} จาก {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="149"/>
        <source>Export slide deck</source>
        <translation>ส่งออกชุดสไลด์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="150"/>
        <source>Export the lesson as a slide deck</source>
        <translation>ส่งออกบทเรียนเป็นชุดสไลด์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="156"/>
        <source>Drawing the slides…</source>
        <translation>กำลังวาดสไลด์…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="157"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="164"/>
        <source>Picture {done} of {total}: {heading}</source>
        <translation>ภาพที่ {done} จาก {total}: {heading}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="180"/>
        <source>Wrote %n slide(s) to {folder}</source>
        <translation>
            <numerusform>เขียนสไลด์ %n ภาพลงใน {folder} แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlidesCommand</name>
    <message>
        <location filename="../../nnviz/commands/slides.py" line="65"/>
        <source>wrote {folder}: {lesson} pictures of the lesson {name}, {walk} of the step-through</source>
        <translation>เขียน {folder} แล้ว: ภาพของบทเรียน {name} {lesson} ภาพ และของการไล่ทีละขั้น {walk} ภาพ</translation>
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
    <name>StepThroughView</name>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="22"/>
        <source>Current step as PNG or SVG…</source>
        <translation>ขั้นปัจจุบันเป็น PNG หรือ SVG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="23"/>
        <source>Images (*.png *.svg)</source>
        <translation>รูปภาพ (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="24"/>
        <source>Walk as markdown…</source>
        <translation>การไล่ทีละขั้นเป็น markdown…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="25"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="26"/>
        <source>Walk as LaTeX…</source>
        <translation>การไล่ทีละขั้นเป็น LaTeX…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="27"/>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="29"/>
        <source>LaTeX (*.tex)</source>
        <translation>LaTeX (*.tex)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="28"/>
        <source>Walk as Beamer slides…</source>
        <translation>การไล่ทีละขั้นเป็นสไลด์ Beamer…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="36"/>
        <source>forward</source>
        <translation>ส่งไปข้างหน้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="36"/>
        <source>loss</source>
        <translation>ค่าสูญเสีย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="37"/>
        <source>backward</source>
        <translation>แพร่ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="37"/>
        <source>gradient</source>
        <translation>เกรเดียนต์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="38"/>
        <source>update</source>
        <translation>ปรับค่า</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="86"/>
        <source>Step {k} of {n}</source>
        <translation>ขั้นที่ {k} จาก {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="89"/>
        <source>layer {l}</source>
        <translation>ชั้น {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="91"/>
        <source>neuron {j}</source>
        <translation>นิวรอน {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="93"/>
        <source>weight from {k}</source>
        <translation>น้ำหนักจาก {k}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="94"/>
        <source>sample {i}</source>
        <translation>ตัวอย่างที่ {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="120"/>
        <source>(W is {rows}×{cols})</source>
        <translation>(W มีขนาด {rows}×{cols})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="129"/>
        <source>term {i} of {n}: {symbol} = {numbers} = {value}</source>
        <translation>พจน์ที่ {i} จาก {n}: {symbol} = {numbers} = {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/update_table.py" line="23"/>
        <source>parameter</source>
        <translation>พารามิเตอร์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/update_table.py" line="23"/>
        <source>old</source>
        <translation>เดิม</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/update_table.py" line="24"/>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="63"/>
        <source>Walk one sample through the network: the forward pass neuron by neuron, the loss, the backward pass and the update, each with its formula, its numbers and its result. Choose a sample and open the walk; the keys (→ ← PageDown PageUp, with Shift per neuron, with Ctrl per phase, Home, End) then step through it.</source>
        <translation>พาตัวอย่างหนึ่งเดินผ่านโครงข่าย: การส่งไปข้างหน้าทีละนิวรอน ค่าสูญเสีย การแพร่ย้อนกลับ และการปรับค่า แต่ละขั้นมีสูตร ตัวเลข และผลลัพธ์ เลือกตัวอย่างแล้วเปิดการไล่ทีละขั้น จากนั้นใช้ปุ่ม (→ ← PageDown PageUp, กด Shift เพื่อไปทีละนิวรอน, กด Ctrl เพื่อไปทีละช่วง, Home, End) เพื่อไล่ทีละขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="65"/>
        <source>« First</source>
        <translation>« แรกสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="66"/>
        <source>◀ Phase</source>
        <translation>◀ ช่วง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="67"/>
        <source>◀ Neuron</source>
        <translation>◀ นิวรอน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="68"/>
        <source>◀ Term</source>
        <translation>◀ พจน์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="69"/>
        <source>Term ▶</source>
        <translation>พจน์ ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="70"/>
        <source>Neuron ▶</source>
        <translation>นิวรอน ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="71"/>
        <source>Phase ▶</source>
        <translation>ช่วง ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="72"/>
        <source>Last »</source>
        <translation>สุดท้าย »</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="122"/>
        <source>sample </source>
        <translation>ตัวอย่าง </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="123"/>
        <source>the sample to walk through: the training samples, then the test samples</source>
        <translation>ตัวอย่างที่จะไล่ทีละขั้น: ตัวอย่างในชุดฝึกก่อน แล้วจึงตัวอย่างในชุดทดสอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="126"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="315"/>
        <source>Open the walk</source>
        <translation>เปิดการไล่ทีละขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="130"/>
        <source>Close ✕</source>
        <translation>ปิด ✕</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="158"/>
        <source>every step of the walk: drag to go to step k</source>
        <translation>ทุกขั้นของการไล่ทีละขั้น: ลากเพื่อไปยังขั้นที่ k</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="176"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="208"/>
        <source>Predict first</source>
        <translation>ทายก่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="177"/>
        <source>hide each result until the next click, so the class can guess it</source>
        <translation>ซ่อนผลลัพธ์แต่ละขั้นไว้จนกว่าจะคลิกครั้งถัดไป ให้ผู้เรียนได้ทายก่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="179"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="209"/>
        <source>Layer as a matrix</source>
        <translation>ชั้นในรูปเมทริกซ์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="180"/>
        <source>z = W a + b for the whole layer, the active row highlighted</source>
        <translation>z = W a + b สำหรับทั้งชั้น โดยเน้นแถวที่กำลังทำงาน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="184"/>
        <source>neuron </source>
        <translation>นิวรอน </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="185"/>
        <source>Go</source>
        <translation>ไป</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="186"/>
        <source>go to this neuron in the current phase and layer</source>
        <translation>ไปยังนิวรอนนี้ในช่วงและชั้นปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="188"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="210"/>
        <source>Apply this update</source>
        <translation>ใช้การปรับค่านี้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="189"/>
        <source>θ ← θ − η·∂ℓ/∂θ: training continues from the new weights</source>
        <translation>θ ← θ − η·∂ℓ/∂θ: การฝึกดำเนินต่อจากน้ำหนักใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="192"/>
        <source>Export ▾</source>
        <translation>ส่งออก ▾</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="208"/>
        <source>Predict</source>
        <translation>ทาย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="209"/>
        <source>Matrix</source>
        <translation>เมทริกซ์</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="210"/>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="226"/>
        <source> (test)</source>
        <translation> (ทดสอบ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="265"/>
        <source>No step-through is open: choose a sample.</source>
        <translation>ยังไม่ได้เปิดการไล่ทีละขั้น: เลือกตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="272"/>
        <source>Export the step-through</source>
        <translation>ส่งออกการไล่ทีละขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="284"/>
        <source>Wrote {path}</source>
        <translation>บันทึก {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="293"/>
        <source>this phase and layer have no neuron {j}</source>
        <translation>ช่วงและชั้นนี้ไม่มีนิวรอน {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="314"/>
        <source>Walk this sample</source>
        <translation>ไล่ตัวอย่างนี้ทีละขั้น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="366"/>
        <source>{loss} on this sample: {before} → {after}</source>
        <translation>{loss} ของตัวอย่างนี้: {before} → {after}</translation>
    </message>
</context>
<context>
    <name>Surfaces</name>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="116"/>
        <source>Bowl</source>
        <translation>ชาม</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="121"/>
        <source>Long narrow valley</source>
        <translation>หุบเขายาวแคบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="126"/>
        <source>Saddle point</source>
        <translation>จุดอานม้า</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="131"/>
        <source>Rosenbrock&apos;s banana valley</source>
        <translation>หุบเขากล้วยของ Rosenbrock</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="137"/>
        <source>Several minima (Himmelblau)</source>
        <translation>หลายจุดต่ำสุด (Himmelblau)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="154"/>
        <source>unknown surface {name!r} (known: {known})</source>
        <translation>ไม่รู้จักพื้นผิว {name!r} (ที่รู้จัก: {known})</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../nnviz/gui/theme.py" line="73"/>
        <source>the presentation scale must be a number from {low} to {high}, not {value}</source>
        <translation>ขนาดการนำเสนอต้องเป็นตัวเลขตั้งแต่ {low} ถึง {high} ไม่ใช่ {value}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../nnviz/core/training.py" line="65"/>
        <source>data set {name!r} has {targets} targets but the network has {outputs} outputs</source>
        <translation>ชุดข้อมูล {name!r} มี {targets} เป้าหมาย แต่โครงข่ายมี {outputs} เอาต์พุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="76"/>
        <source>the network has {inputs} inputs but the data set has {features} features</source>
        <translation>โครงข่ายมี {inputs} อินพุต แต่ชุดข้อมูลมี {features} คุณลักษณะ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="198"/>
        <source>data set {name!r} has no training samples</source>
        <translation>ชุดข้อมูล {name!r} ไม่มีตัวอย่างในชุดฝึก</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="201"/>
        <source>the network has {inputs} inputs but data set {name!r} has {features} features</source>
        <translation>โครงข่ายมี {inputs} อินพุต แต่ชุดข้อมูล {name!r} มี {features} คุณลักษณะ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="212"/>
        <source>the target loss must be a finite number, got {value}</source>
        <translation>ค่าสูญเสียเป้าหมายต้องเป็นจำนวนจำกัด แต่ได้ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="301"/>
        <source>the cost became {value}</source>
        <translation>ค่าต้นทุนกลายเป็น {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="327"/>
        <source>converged after {steps} steps: training loss {loss} ≤ target {target}</source>
        <translation>ลู่เข้าหลังจาก {steps} ขั้น: ค่าสูญเสียของชุดฝึก {loss} ≤ เป้าหมาย {target}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="364"/>
        <source>at step {step}</source>
        <translation>ที่ขั้น {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="366"/>
        <source>over steps {first}-{last}</source>
        <translation>ในขั้น {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="370"/>
        <source>the loss is exploding: lower the learning rate (now {lr}). The loss per sample went from {low} ({since}) to {high} (over steps {first}-{last}); the parameters are those after step {good}.</source>
        <translation>ค่าสูญเสียพุ่งสูงขึ้นมาก: ลดอัตราการเรียนรู้ลง (ตอนนี้ {lr}) ค่าสูญเสียต่อตัวอย่างเพิ่มจาก {low} ({since}) เป็น {high} (ในขั้น {first}-{last}); พารามิเตอร์เป็นค่าหลังขั้น {good}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="383"/>
        <source>diverged at step {step}: {what}; the parameters are those after step {previous}. Try a smaller learning rate (now {lr}).</source>
        <translation>ลู่ออกที่ขั้น {step}: {what}; พารามิเตอร์เป็นค่าหลังขั้น {previous} ลองใช้อัตราการเรียนรู้ที่เล็กลง (ตอนนี้ {lr})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="441"/>
        <source>finished {steps} steps ({epochs} epochs)</source>
        <translation>ครบ {steps} ขั้นแล้ว ({epochs} รอบ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="474"/>
        <source>give a number of steps or of epochs, not both</source>
        <translation>ระบุจำนวนขั้นหรือจำนวนรอบอย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสอง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="486"/>
        <source>{what} must be a whole number ≥ {minimum}, got {value!r}</source>
        <translation>{what} ต้องเป็นจำนวนเต็ม ≥ {minimum} แต่ได้ {value!r}</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="26"/>
        <source>max speed</source>
        <translation>เร็วสุด</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="27"/>
        <source>{speed} steps/s</source>
        <translation>{speed} ขั้น/วินาที</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="92"/>
        <source>Transport</source>
        <translation>ควบคุมการเล่น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="106"/>
        <location filename="../../nnviz/gui/panels/transport.py" line="149"/>
        <source>Play</source>
        <translation>เล่น</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="107"/>
        <source>Play / pause training</source>
        <translation>เล่น / หยุดการฝึกชั่วคราว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="109"/>
        <source>Step</source>
        <translation>ก้าว</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="109"/>
        <source>One step: one forward pass, one backward pass, one update</source>
        <translation>หนึ่งขั้น: ส่งไปข้างหน้าหนึ่งครั้ง แพร่ย้อนกลับหนึ่งครั้ง ปรับค่าหนึ่งครั้ง</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="112"/>
        <source>Epoch</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="112"/>
        <source>Train to the end of this epoch (one pass over the data)</source>
        <translation>ฝึกจนจบรอบนี้ (ผ่านข้อมูลครบหนึ่งรอบ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="115"/>
        <source>Reset</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="116"/>
        <source>Back to the starting parameters, step 0</source>
        <translation>กลับไปที่พารามิเตอร์เริ่มต้น ขั้น 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="124"/>
        <source>Training speed: from 1 step per second to as fast as the machine goes</source>
        <translation>ความเร็วการฝึก: ตั้งแต่ 1 ขั้นต่อวินาทีจนถึงเร็วที่สุดที่เครื่องทำได้</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="128"/>
        <source>  speed </source>
        <translation>  ความเร็ว </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="148"/>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="70"/>
        <location filename="../../nnviz/gui/views/registry.py" line="13"/>
        <source>Decision boundary</source>
        <translation>เส้นแบ่งการตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="50"/>
        <location filename="../../nnviz/gui/views/registry.py" line="22"/>
        <source>Confusion matrix</source>
        <translation>เมทริกซ์ความสับสน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="43"/>
        <location filename="../../nnviz/gui/views/registry.py" line="21"/>
        <source>First-layer weights</source>
        <translation>น้ำหนักชั้นแรก</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="56"/>
        <location filename="../../nnviz/gui/views/registry.py" line="20"/>
        <source>Digit</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="145"/>
        <location filename="../../nnviz/gui/views/registry.py" line="18"/>
        <source>Computational graph</source>
        <translation>กราฟการคำนวณ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="64"/>
        <location filename="../../nnviz/gui/views/registry.py" line="15"/>
        <source>Hidden feature space</source>
        <translation>ปริภูมิคุณลักษณะของชั้นซ่อน</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="77"/>
        <location filename="../../nnviz/gui/views/registry.py" line="17"/>
        <source>Loss curve</source>
        <translation>เส้นโค้งค่าสูญเสีย</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="52"/>
        <location filename="../../nnviz/gui/views/registry.py" line="19"/>
        <source>Neuron curve</source>
        <translation>เส้นโค้งนิวรอน</translation>
    </message>
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
        <location filename="../../nnviz/gui/views/registry.py" line="14"/>
        <source>Loss surface</source>
        <translation>พื้นผิวค่าสูญเสีย</translation>
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
<context>
    <name>Worked</name>
    <message>
        <location filename="../../nnviz/core/expression_steps.py" line="107"/>
        <source>where the backward pass starts</source>
        <translation>จุดเริ่มต้นของการแพร่ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression_steps.py" line="115"/>
        <source>used {n} times: one term per path, added up</source>
        <translation>ใช้ {n} ครั้ง: หนึ่งพจน์ต่อหนึ่งเส้นทาง แล้วนำมารวมกัน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="317"/>
        <source>since </source>
        <translation>เนื่องจาก </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="320"/>
        <source>{name} is flat: no gradient flows back through it</source>
        <translation>{name} แบนราบ: ไม่มีเกรเดียนต์ไหลย้อนผ่าน</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="393"/>
        <source>before the update: </source>
        <translation>ก่อนปรับค่า: </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="409"/>
        <source>the {shown} largest of {total} terms written out, largest first</source>
        <translation>เขียนเฉพาะ {shown} พจน์ที่ใหญ่ที่สุดจาก {total} พจน์ เรียงจากใหญ่ไปเล็ก</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="121"/>
        <source>{name} must be a non-empty list of numbers</source>
        <translation>{name} ต้องเป็นรายการตัวเลขที่ไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="125"/>
        <source>{name}: {value} is not a finite number</source>
        <translation>{name}: {value} ไม่ใช่จำนวนจำกัด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="128"/>
        <source>{name} has {count} but the network has {size}</source>
        <translation>{name} มี {count} แต่โครงข่ายมี {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="139"/>
        <source>learning rate</source>
        <translation>อัตราการเรียนรู้</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="140"/>
        <source>{name} must be a positive number, got {value}</source>
        <translation>{name} ต้องเป็นจำนวนบวก แต่ได้ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="158"/>
        <source>input</source>
        <translation>อินพุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="160"/>
        <source>a learning rate needs a target: the update follows the loss gradient</source>
        <translation>อัตราการเรียนรู้ต้องมีเป้าหมาย: การปรับค่าเดินตามเกรเดียนต์ของค่าสูญเสีย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="162"/>
        <source>target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="178"/>
        <source>the forward pass overflows: the weights or inputs are too large</source>
        <translation>การส่งไปข้างหน้าล้นขอบเขต: น้ำหนักหรืออินพุตใหญ่เกินไป</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="187"/>
        <source>the loss or its gradient overflows: the weights or inputs are too large</source>
        <translation>ค่าสูญเสียหรือเกรเดียนต์ล้นขอบเขต: น้ำหนักหรืออินพุตใหญ่เกินไป</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="197"/>
        <source>the update overflows: use a smaller learning rate</source>
        <translation>การปรับค่าล้นขอบเขต: ใช้อัตราการเรียนรู้ที่เล็กลง</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="229"/>
        <source>{n} number</source>
        <translation>{n} ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="229"/>
        <source>{n} numbers</source>
        <translation>{n} ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="230"/>
        <source>{n} input</source>
        <translation>{n} อินพุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="230"/>
        <source>{n} inputs</source>
        <translation>{n} อินพุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="231"/>
        <source>{n} output</source>
        <translation>{n} เอาต์พุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="231"/>
        <source>{n} outputs</source>
        <translation>{n} เอาต์พุต</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="76"/>
        <source> if </source>
        <translation> ถ้า </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="76"/>
        <source>, else </source>
        <translation> มิฉะนั้น </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="86"/>
        <source>mistake</source>
        <translation>ผิด</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="89"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="90"/>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="98"/>
        <source>no mistake: w and b stay as they are</source>
        <translation>ไม่ผิด: w และ b คงเดิม</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../nnviz/gui/worker.py" line="47"/>
        <source>training</source>
        <translation>การฝึก</translation>
    </message>
</context>
</TS>
