<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Activations</name>
    <message>
        <location filename="../../nnviz/core/activations.py" line="109"/>
        <source>unknown activation {name!r} (known: {known})</source>
        <translation>ativação desconhecida {name!r} (conhecidas: {known})</translation>
    </message>
</context>
<context>
    <name>AnimationDialog</name>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="38"/>
        <source>Training: a frame every K steps</source>
        <translation>Treinamento: um quadro a cada K passos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="39"/>
        <source>The step-through: a frame per step</source>
        <translation>O passo a passo: um quadro por passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="40"/>
        <source>The lesson&apos;s steps: a frame per step</source>
        <translation>Os passos da lição: um quadro por passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="71"/>
        <source>{path}: the animation is a GIF, give a file name ending in .gif</source>
        <translation>{path}: a animação é um GIF, dê um nome de arquivo terminado em .gif</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="75"/>
        <source>frames per second</source>
        <translation>quadros por segundo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="82"/>
        <source>the length</source>
        <translation>a duração</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="84"/>
        <source>this lesson has no steps to record</source>
        <translation>esta lição não tem passos para gravar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="98"/>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="168"/>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="209"/>
        <source>Export animation</source>
        <translation>Exportar animação</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="101"/>
        <source>The whole window</source>
        <translation>A janela inteira</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="105"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="111"/>
        <source>Frames from</source>
        <translation>Quadros de</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="113"/>
        <source>a frame every K training steps</source>
        <translation>um quadro a cada K passos de treinamento</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="114"/>
        <source>Every K steps</source>
        <translation>A cada K passos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="116"/>
        <source>Frames per second</source>
        <translation>Quadros por segundo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="120"/>
        <source>the step-through and the lesson stop at their last step</source>
        <translation>o passo a passo e a lição param no seu último passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="125"/>
        <source>Length (frames)</source>
        <translation>Duração (quadros)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="128"/>
        <source>As shown</source>
        <translation>Como exibido</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="129"/>
        <source>{width} pixels wide</source>
        <translation>{width} pixels de largura</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="131"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="136"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="140"/>
        <source>GIF file</source>
        <translation>Arquivo GIF</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="141"/>
        <source>Also save numbered PNG frames in a folder</source>
        <translation>Salvar também quadros PNG numerados numa pasta</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="145"/>
        <source>&amp;Record</source>
        <translation>&amp;Gravar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="162"/>
        <source>= {seconds} s</source>
        <translation>= {seconds} s</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="170"/>
        <source>GIF animation (*.gif)</source>
        <translation>Animação GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="185"/>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="309"/>
        <source>Cannot export the animation</source>
        <translation>Não foi possível exportar a animação</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="207"/>
        <source>Recording…</source>
        <translation>Gravando…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="208"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../nnviz/gui/app.py" line="55"/>
        <source>no display to open the app on (DISPLAY is not set); `nnviz render --out FILE.png` draws the window to an image instead</source>
        <translation>não há tela para abrir o aplicativo (DISPLAY não está definido); `nnviz render --out FILE.png` desenha a janela em uma imagem</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="30"/>
        <source>training</source>
        <translation>treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="31"/>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="40"/>
        <source>over the input plane</source>
        <translation>sobre o plano de entrada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="41"/>
        <source>over the input</source>
        <translation>sobre a entrada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="43"/>
        <source>over a slice (other inputs at their mean)</source>
        <translation>sobre um corte (as outras entradas na média)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="46"/>
        <source>The data (no network yet)</source>
        <translation>Os dados (ainda sem rede)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="48"/>
        <source>The data: waiting for a network with {n} inputs</source>
        <translation>Os dados: aguardando uma rede com {n} entradas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="52"/>
        <source>{activation} {where}</source>
        <translation>{activation} {where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="56"/>
        <source>Output {output} {where} · decision level {level:g}</source>
        <translation>Saída {output} {where} · nível de decisão {level:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="59"/>
        <source>Predicted class (largest {activation}) {where}</source>
        <translation>Classe prevista (maior {activation}) {where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="61"/>
        <source>Predicted {target}, {activation} {where}</source>
        <translation>{target} previsto, {activation} {where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="109"/>
        <source>Show a slice: two inputs, the others at their mean</source>
        <translation>Mostrar um corte: duas entradas, as outras na média</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="115"/>
        <source>Discretize</source>
        <translation>Discretizar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="116"/>
        <source>Show only the predicted class: output above or below the decision level</source>
        <translation>Mostrar só a classe prevista: saída acima ou abaixo do nível de decisão</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="119"/>
        <source>Test data</source>
        <translation>Dados de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="120"/>
        <source>Show the test points (squares with a dark rim)</source>
        <translation>Mostrar os pontos de teste (quadrados de borda escura)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="125"/>
        <source>the input on the horizontal axis</source>
        <translation>a entrada no eixo horizontal</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="126"/>
        <source>the input on the vertical axis</source>
        <translation>a entrada no eixo vertical</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="129"/>
        <source>Slice:</source>
        <translation>Corte:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="130"/>
        <source>All inputs</source>
        <translation>Todas as entradas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="131"/>
        <source>Back to the message about what this view can draw</source>
        <translation>Voltar à mensagem sobre o que esta visualização pode desenhar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="267"/>
        <source>No data yet.</source>
        <translation>Ainda sem dados.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="271"/>
        <source>“{name}” has {n} inputs. This view draws the network over one or two inputs only (a curve, or a map of the plane).</source>
        <translation>“{name}” tem {n} entradas. Esta visualização desenha a rede sobre uma ou duas entradas apenas (uma curva, ou um mapa do plano).</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="355"/>
        <source>output</source>
        <translation>saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="447"/>
        <source>Could not compute the map: {error}</source>
        <translation>Não foi possível calcular o mapa: {error}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../nnviz/cli.py" line="65"/>
        <location filename="../../nnviz/gui/language.py" line="82"/>
        <source>--lang {code}: unknown language; choose one of {choices}</source>
        <translation>--lang {code}: idioma desconhecido; escolha um de {choices}</translation>
    </message>
</context>
<context>
    <name>ColourKey</name>
    <message>
        <location filename="../../nnviz/gui/kit/colour_key.py" line="36"/>
        <source>class {name}</source>
        <translation>classe {name}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="59"/>
        <source>--lr needs --target: the update follows the gradient of the loss</source>
        <translation>--lr precisa de --target: a atualização segue o gradiente da perda</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="76"/>
        <source>--max-terms is for --format steps or beamer (the other formats write every term)</source>
        <translation>--max-terms é para --format steps ou beamer (os outros formatos escrevem todos os termos)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="80"/>
        <source>--max-terms must be a whole number ≥ 1, got {value}</source>
        <translation>--max-terms deve ser um número inteiro ≥ 1, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="98"/>
        <source>{option} is empty: give comma-separated numbers such as 1,-1</source>
        <translation>{option} está vazio: informe números separados por vírgulas, como 1,-1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="107"/>
        <source>{option}: an empty entry (give comma-separated numbers such as 1,-1)</source>
        <translation>{option}: uma entrada vazia (informe números separados por vírgulas, como 1,-1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/lessons.py" line="57"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/lessons.py" line="57"/>
        <source>steps</source>
        <translation>passos</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/lessons.py" line="58"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="121"/>
        <source>expected a whole number, not {text}</source>
        <translation>esperado um número inteiro, não {text}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="136"/>
        <source>--layers {text}: expected layer sizes ≥ 1 separated by commas, input and output included, e.g. 2,4,1</source>
        <translation>--layers {text}: esperados tamanhos de camada ≥ 1 separados por vírgulas, entrada e saída incluídas, p. ex. 2,4,1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="156"/>
        <source>--batch {text}: expected &apos;full&apos; or a whole number ≥ 1</source>
        <translation>--batch {text}: esperado &apos;full&apos; ou um número inteiro ≥ 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="164"/>
        <source>{option} {value}: must be a whole number ≥ {minimum}</source>
        <translation>{option} {value}: deve ser um número inteiro ≥ {minimum}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="176"/>
        <source>{option} {number}: the lesson {name} has steps 1 to {count} (0 is its start)</source>
        <translation>{option} {number}: a lição {name} tem os passos 1 a {count} (0 é o início)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="178"/>
        <source>{option} {number}: the lesson {name} has no steps (only 0, its start)</source>
        <translation>{option} {number}: a lição {name} não tem passos (só 0, o início)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="190"/>
        <source>{option} cannot be combined with {reason}</source>
        <translation>{option} não pode ser combinado com {reason}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train.py" line="84"/>
        <source>--lesson-step {step} needs --lesson NAME, the lesson whose step to start from</source>
        <translation>--lesson-step {step} precisa de --lesson NAME, a lição de cujo passo começar</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train.py" line="87"/>
        <source>nnviz train: one of --dataset, --data or --lesson is required</source>
        <translation>nnviz train: é obrigatório um de --dataset, --data ou --lesson</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="58"/>
        <source>--lr {lr}: the learning rate must be a number &gt; 0</source>
        <translation>--lr {lr}: a taxa de aprendizado deve ser um número &gt; 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="79"/>
        <source>--lesson (the lesson sets the data, the network and the rule)</source>
        <translation>--lesson (a lição define os dados, a rede e a regra)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="84"/>
        <source>the perceptron rule of lesson {name}</source>
        <translation>a regra do perceptron da lição {name}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="96"/>
        <source>lesson {name}, step {number} of {count}: {title}</source>
        <translation>lição {name}, passo {number} de {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="97"/>
        <source>lesson {name}, its start: {title}</source>
        <translation>lição {name}, o início: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="45"/>
        <source>{option} does not apply to --rule perceptron</source>
        <translation>{option} não se aplica a --rule perceptron</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="48"/>
        <source>the perceptron rule needs two classes; data set {name} has regression data</source>
        <translation>a regra do perceptron precisa de duas classes; o conjunto de dados {name} tem dados de regressão</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="50"/>
        <source>the perceptron rule needs two classes; data set {name} has {k} classes</source>
        <translation>a regra do perceptron precisa de duas classes; o conjunto de dados {name} tem {k} classes</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="57"/>
        <source>--output-activation and --no-bias cannot be combined with --model</source>
        <translation>--output-activation e --no-bias não podem ser combinados com --model</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="63"/>
        <source>{source}: the perceptron rule trains one neuron with a sign or step activation; this model is a {network}</source>
        <translation>{source}: a regra do perceptron treina um neurônio com ativação sign ou step; este modelo é uma {network}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="72"/>
        <source>--output-activation {activation}: the perceptron rule needs sign or step</source>
        <translation>--output-activation {activation}: a regra do perceptron precisa de sign ou step</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="77"/>
        <source>--layers {layers}: the perceptron rule trains one neuron with no hidden layer: use --layers {inputs},1</source>
        <translation>--layers {layers}: a regra do perceptron treina um neurônio sem camada oculta: use --layers {inputs},1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="109"/>
        <source>epoch {epoch}: 1 mistake, {parameters}</source>
        <translation>época {epoch}: 1 erro, {parameters}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="110"/>
        <source>epoch {epoch}: {mistakes} mistakes, {parameters}</source>
        <translation>época {epoch}: {mistakes} erros, {parameters}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="127"/>
        <source>converged: an epoch without a mistake</source>
        <translation>convergiu: uma época sem nenhum erro</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="129"/>
        <source>the step budget is used up (no epoch without a mistake)</source>
        <translation>o orçamento de passos acabou (nenhuma época sem erro)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="130"/>
        <source>{parameters}; training accuracy {train}</source>
        <translation>{parameters}; acurácia de treino {train}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="132"/>
        <source>{parameters}; training accuracy {train}, test accuracy {test}</source>
        <translation>{parameters}; acurácia de treino {train}, acurácia de teste {test}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="135"/>
        <source>stopped after {steps} steps ({epochs} epochs): {why}</source>
        <translation>parou após {steps} passos ({epochs} épocas): {why}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="141"/>
        <location filename="../../nnviz/commands/train_reports.py" line="151"/>
        <source>saved the network to {path}</source>
        <translation>rede salva em {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="30"/>
        <source>cost C = 1/n Σ ℓ</source>
        <translation>custo C = 1/n Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="31"/>
        <source>cost L = Σ ℓ</source>
        <translation>custo L = Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="77"/>
        <source>full batch</source>
        <translation>lote completo</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="78"/>
        <source>batches of {m}</source>
        <translation>lotes de {m}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="80"/>
        <source>, {n} test</source>
        <translation>, {n} de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="82"/>
        <source>1 training sample</source>
        <translation>1 amostra de treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="83"/>
        <source>{n} training samples</source>
        <translation>{n} amostras de treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="84"/>
        <source>the perceptron rule</source>
        <translation>a regra do perceptron</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="87"/>
        <source>training a {network} on {dataset} ({samples}{test}), {cost}, {rule} η = {lr:g}, {batch}, {total} steps</source>
        <translation>treinando uma {network} em {dataset} ({samples}{test}), {cost}, {rule} η = {lr:g}, {batch}, {total} passos</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="89"/>
        <source>training a {network} on {dataset} ({samples}{test}), {rule} η = {lr:g}, {batch}, {total} steps</source>
        <translation>treinando uma {network} em {dataset} ({samples}{test}), {rule} η = {lr:g}, {batch}, {total} passos</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="101"/>
        <source>  accuracy {accuracy}</source>
        <translation>  acurácia {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="103"/>
        <source>  test loss {loss:.6g}</source>
        <translation>  perda de teste {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="105"/>
        <source>  test accuracy {accuracy}</source>
        <translation>  acurácia de teste {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="108"/>
        <source>step {step}/{total}  epoch {epoch:.6g}  loss {loss:.6g}</source>
        <translation>passo {step}/{total}  época {epoch:.6g}  perda {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="133"/>
        <source>the step budget is used up</source>
        <translation>o orçamento de passos acabou</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="134"/>
        <source>converged</source>
        <translation>convergiu</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="135"/>
        <source>diverged</source>
        <translation>divergiu</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="136"/>
        <source>stopped after {steps} steps ({epochs:.6g} epochs): {why}</source>
        <translation>parou após {steps} passos ({epochs:.6g} épocas): {why}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="140"/>
        <source>training loss {loss:.6g}</source>
        <translation>perda de treino {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="142"/>
        <source>, training accuracy {accuracy}</source>
        <translation>, acurácia de treino {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="145"/>
        <source>; test loss {loss:.6g}</source>
        <translation>; perda de teste {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="147"/>
        <source>, test accuracy {accuracy}</source>
        <translation>, acurácia de teste {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="36"/>
        <source>{option} applies to generated data sets (--dataset), not --data</source>
        <translation>{option} vale para conjuntos de dados gerados (--dataset), não para --data</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="41"/>
        <source>--kind applies to CSV files (--data), not --dataset</source>
        <translation>--kind vale para arquivos CSV (--data), não para --dataset</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="43"/>
        <source>--data-labels applies to IDX images (--data), not --dataset</source>
        <translation>--data-labels vale para imagens IDX (--data), não para --dataset</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="104"/>
        <source>the network</source>
        <translation>a rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="122"/>
        <location filename="../../nnviz/commands/train_setup.py" line="125"/>
        <source>{option} cannot be combined with --model (the model file sets it)</source>
        <translation>{option} não pode ser combinado com --model (o arquivo do modelo o define)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="139"/>
        <source>no hidden layer</source>
        <translation>nenhuma camada oculta</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="140"/>
        <source>{sizes} network ({activations} → {output}; loss {loss})</source>
        <translation>rede {sizes} ({activations} → {output}; perda {loss})</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../../nnviz/core/config.py" line="225"/>
        <source>{layers} hidden layers need {layers} activations, got {count}</source>
        <translation>{layers} camadas ocultas precisam de {layers} ativações, recebidas {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="230"/>
        <source>hidden layer {l}: needs at least one neuron, not {n}</source>
        <translation>camada oculta {l}: precisa de pelo menos um neurônio, não {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="234"/>
        <source>hidden layer {l}: {name} is for the output layer only</source>
        <translation>camada oculta {l}: {name} é só para a camada de saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="239"/>
        <source>the output layer has {n} neurons but the data set {name} needs {sizes}</source>
        <translation>a camada de saída tem {n} neurônios, mas o conjunto de dados {name} precisa de {sizes}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="243"/>
        <location filename="../../nnviz/core/config.py" line="297"/>
        <source>the network</source>
        <translation>a rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="251"/>
        <source>{a} or {b}</source>
        <translation>{a} ou {b}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="265"/>
        <source>unknown initialiser {name!r} (known: {known})</source>
        <translation>inicializador desconhecido {name!r} (conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="267"/>
        <source>the network&apos;s seed</source>
        <translation>a semente da rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="269"/>
        <source>the loss {loss} needs a {needed} output layer, not {given}: change the loss or the output activation</source>
        <translation>a perda {loss} precisa de uma camada de saída {needed}, não {given}: mude a perda ou a ativação de saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="274"/>
        <source>a softmax output</source>
        <translation>uma saída softmax</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="275"/>
        <source>{what} is for classification, but {name} is a regression data set</source>
        <translation>{what} é para classificação, mas {name} é um conjunto de dados de regressão</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="279"/>
        <source>unknown batch mode {name!r} (known: {known})</source>
        <translation>modo de lote desconhecido {name!r} (conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="282"/>
        <source>the mini-batch size must be at least 1, not {m}</source>
        <translation>o tamanho do minilote deve ser pelo menos 1, não {m}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="285"/>
        <source>the learning rate must be a positive number, not {value}</source>
        <translation>a taxa de aprendizado deve ser um número positivo, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="288"/>
        <source>unknown training rule {name!r} (known: {known})</source>
        <translation>regra de treinamento desconhecida {name!r} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="292"/>
        <source>[training] &apos;cost&apos; = &quot;sum&quot; is for gradient descent: the perceptron rule has no cost to differentiate</source>
        <translation>[training] &apos;cost&apos; = &quot;sum&quot; é para a descida do gradiente: a regra do perceptron não tem custo para derivar</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="300"/>
        <source>the perceptron rule trains one sign or step neuron on two classes: remove the hidden layers, choose a sign or step output and a two-class data set</source>
        <translation>a regra do perceptron treina um neurônio sign ou step em duas classes: remova as camadas ocultas, escolha uma saída sign ou step e um conjunto de dados de duas classes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="305"/>
        <source>the network has {parameters} parameters but {given} starting values were given</source>
        <translation>a rede tem {parameters} parâmetros, mas foram dados {given} valores iniciais</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="313"/>
        <source>the data&apos;s seed</source>
        <translation>a semente dos dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="320"/>
        <source>a data set from a file needs the file&apos;s path</source>
        <translation>um conjunto de dados de arquivo precisa do caminho do arquivo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="324"/>
        <source>unknown data set {name!r} (known: {known})</source>
        <translation>conjunto de dados desconhecido {name!r} (conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="415"/>
        <source>the model mixes layers with and without a bias: nnviz cannot edit it</source>
        <translation>o modelo mistura camadas com e sem viés: o nnviz não consegue editá-lo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="434"/>
        <source>the output layer</source>
        <translation>a camada de saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="435"/>
        <source>{where}: a softmax output needs at least 2 neurons (with 1 it always outputs 1); use sigmoid for one output</source>
        <translation>{where}: uma saída softmax precisa de pelo menos 2 neurônios (com 1 ela sempre dá 1); use sigmoid para uma saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="445"/>
        <source>{source} has {inputs} inputs but data set {name!r} has {features} features ({names})</source>
        <translation>{source} tem {inputs} entradas, mas o conjunto de dados {name!r} tem {features} características ({names})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/core/config.py" line="454"/>
        <source>%n classes</source>
        <translation>
            <numerusform>%n classe</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/core/config.py" line="456"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n alvo</numerusform>
            <numerusform>%n alvos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="457"/>
        <source>{source} has {outputs} outputs but data set {name!r} has {what}: the output layer needs {sizes}</source>
        <translation>{source} tem {outputs} saídas, mas o conjunto de dados {name!r} tem {what}: a camada de saída precisa de {sizes}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="466"/>
        <source>the model</source>
        <translation>o modelo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="487"/>
        <source>inline points need both &apos;x&apos; (rows of inputs) and &apos;y&apos; (targets)</source>
        <translation>pontos no próprio arquivo precisam de &apos;x&apos; (linhas de entradas) e &apos;y&apos; (alvos)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="491"/>
        <source>&apos;x&apos; must be a list of rows, all of the same length</source>
        <translation>&apos;x&apos; deve ser uma lista de linhas, todas do mesmo tamanho</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="493"/>
        <source>&apos;x&apos; has {rows} rows but &apos;y&apos; has {targets} targets</source>
        <translation>&apos;x&apos; tem {rows} linhas, mas &apos;y&apos; tem {targets} alvos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="501"/>
        <source>classification targets &apos;y&apos; must be class numbers 0, 1, ...</source>
        <translation>os alvos de classificação &apos;y&apos; devem ser números de classe 0, 1, ...</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="503"/>
        <source>inline points &apos;y&apos;</source>
        <translation>&apos;y&apos; dos pontos no próprio arquivo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="513"/>
        <source>regression targets &apos;y&apos; must be numbers or rows of numbers</source>
        <translation>os alvos de regressão &apos;y&apos; devem ser números ou linhas de números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="518"/>
        <source>unknown kind {name!r} (known: {known})</source>
        <translation>tipo desconhecido {name!r} (conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="521"/>
        <source>inline points must be finite numbers</source>
        <translation>os pontos no próprio arquivo devem ser números finitos</translation>
    </message>
</context>
<context>
    <name>Confusion</name>
    <message>
        <location filename="../../nnviz/core/confusion.py" line="81"/>
        <source>{name} is a regression data set: it has no classes to confuse</source>
        <translation>{name} é um conjunto de dados de regressão: não tem classes para confundir</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/confusion.py" line="85"/>
        <source>the network has {inputs} inputs but {name} has {features}</source>
        <translation>a rede tem {inputs} entradas, mas {name} tem {features}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/confusion.py" line="90"/>
        <source>the network has {outputs} outputs but {name}&apos;s {k} classes need {needed}</source>
        <translation>a rede tem {outputs} saídas, mas as {k} classes de {name} precisam de {needed}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="104"/>
        <source>The previous page of mistakes</source>
        <translation>A página anterior de erros</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="105"/>
        <source>The next page of mistakes</source>
        <translation>A próxima página de erros</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="158"/>
        <source>{first}–{last} of {count:,}</source>
        <translation>{first}–{last} de {count:,}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="160"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="195"/>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="245"/>
        <source>said {said} (label {label})</source>
        <translation>disse {said} (rótulo {label})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/matrix.py" line="78"/>
        <source>right</source>
        <translation>acertos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/matrix.py" line="89"/>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="113"/>
        <source>true class</source>
        <translation>classe verdadeira</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/matrix.py" line="178"/>
        <source>predicted</source>
        <translation>prevista</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="106"/>
        <source>The confusion matrix shows classification data: {name} is a regression data set.</source>
        <translation>A matriz de confusão mostra dados de classificação: {name} é um conjunto de dados de regressão.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="110"/>
        <source>no network yet</source>
        <translation>ainda sem rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="112"/>
        <source>true digit</source>
        <translation>dígito verdadeiro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="206"/>
        <source>Test set</source>
        <translation>Conjunto de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="207"/>
        <source>Training set (no test set)</source>
        <translation>Conjunto de treino (sem conjunto de teste)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="208"/>
        <source>{set}: {right:,} of {n:,} right, {accuracy} · step {step:,}</source>
        <translation>{set}: {right:,} de {n:,} certos, {accuracy} · passo {step:,}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="251"/>
        <source>Most confident mistakes</source>
        <translation>Erros mais confiantes</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="254"/>
        <source>Label {label}, said {said}</source>
        <translation>Rótulo {label}, disse {said}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../nnviz/core/counts.py" line="26"/>
        <source>{n} bias</source>
        <translation>{n} viés</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="27"/>
        <source>{n} biases</source>
        <translation>{n} vieses</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="28"/>
        <source>no biases</source>
        <translation>sem vieses</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="29"/>
        <source>{sizes} network: {neurons}, {weights}, {biases}, {parameters}</source>
        <translation>rede {sizes}: {neurons}, {weights}, {biases}, {parameters}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="32"/>
        <source>{n} neuron</source>
        <translation>{n} neurônio</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="33"/>
        <source>{n} neurons</source>
        <translation>{n} neurônios</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="34"/>
        <source>{n} weight</source>
        <translation>{n} peso</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="35"/>
        <source>{n} weights</source>
        <translation>{n} pesos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="37"/>
        <source>{n} parameter</source>
        <translation>{n} parâmetro</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="38"/>
        <source>{n} parameters</source>
        <translation>{n} parâmetros</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="58"/>
        <source>kind must be one of {kinds} (or None: detect), not {kind}</source>
        <translation>kind deve ser um de {kinds} (ou None: detectar), não {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="65"/>
        <location filename="../../nnviz/core/data/idx.py" line="232"/>
        <source>{path}: the file is empty (no rows)</source>
        <translation>{path}: o arquivo está vazio (sem linhas)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="68"/>
        <source>{path}: line {line} has a single column; need at least one feature column and the target as the last column, separated by &apos;,&apos;, &apos;;&apos; or tab</source>
        <translation>{path}: a linha {line} tem uma única coluna; é preciso ao menos uma coluna de característica e o alvo como última coluna, separados por &apos;,&apos;, &apos;;&apos; ou tab</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="76"/>
        <location filename="../../nnviz/core/data/idx.py" line="237"/>
        <source>{path}: no data rows after the header on line {line}</source>
        <translation>{path}: nenhuma linha de dados após o cabeçalho na linha {line}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="81"/>
        <source>{path}: line {line} has {cells}, line {first} has {width} ({column} is missing)</source>
        <translation>{path}: a linha {line} tem {cells}, a linha {first} tem {width} ({column} falta)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="83"/>
        <source>{path}: line {line} has {cells}, line {first} has {width} ({column} is extra)</source>
        <translation>{path}: a linha {line} tem {cells}, a linha {first} tem {width} ({column} sobra)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="98"/>
        <source>{path}: the target, {column}, holds the single value {value}; classification needs at least two classes</source>
        <translation>{path}: o alvo, {column}, tem um único valor {value}; a classificação precisa de pelo menos duas classes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="164"/>
        <source>{path}: line {line}, column {column}: a quoted cell runs on to line {end} (is a closing quote missing?)</source>
        <translation>{path}: linha {line}, coluna {column}: uma célula entre aspas continua até a linha {end} (falta fechar as aspas?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="174"/>
        <source>{path}: line {line}: {error}</source>
        <translation>{path}: linha {line}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="193"/>
        <source>1 cell</source>
        <translation>1 célula</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="193"/>
        <source>{k} cells</source>
        <translation>{k} células</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="199"/>
        <source>column {j} ({name})</source>
        <translation>coluna {j} ({name})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="200"/>
        <source>column {j}</source>
        <translation>coluna {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="216"/>
        <source>{path}: line {line}, {column}</source>
        <translation>{path}: linha {line}, {column}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="219"/>
        <source>{where}: empty cell; every cell must be a number</source>
        <translation>{where}: célula vazia; toda célula deve ser um número</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="224"/>
        <source> (write decimals with &apos;.&apos;)</source>
        <translation> (escreva decimais com &apos;.&apos;)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="226"/>
        <source> (if this line is a header, load with header=True)</source>
        <translation> (se esta linha for um cabeçalho, carregue com header=True)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="227"/>
        <source>{where}: {cell} is not a number{hint}</source>
        <translation>{where}: {cell} não é um número{hint}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="230"/>
        <source>{where}: {cell} is not a finite number</source>
        <translation>{where}: {cell} não é um número finito</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="62"/>
        <source>{name}: a {rows}×{cols} image has {pixels} pixels, not {inputs} inputs</source>
        <translation>{name}: uma imagem {rows}×{cols} tem {pixels} pixels, não {inputs} entradas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="78"/>
        <source>{name} has samples 1 to {n}, not {i}</source>
        <translation>{name} tem as amostras 1 a {n}, não {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="88"/>
        <source>training sample {i}</source>
        <translation>amostra de treino {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="89"/>
        <source>test sample {i}</source>
        <translation>amostra de teste {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="118"/>
        <source>{name} has {k} classes: the output layer needs {k} neurons, not 1</source>
        <translation>{name} tem {k} classes: a camada de saída precisa de {k} neurônios, não 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="123"/>
        <source>{name} has {k} classes but the output layer has {n} neurons</source>
        <translation>{name} tem {k} classes mas a camada de saída tem {n} neurônios</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="52"/>
        <source>nnviz reads a CSV table (the target last), a digit CSV (label, then the pixels) and IDX images (train-images-idx3-ubyte, .gz or not)</source>
        <translation>o nnviz lê uma tabela CSV (o alvo por último), um CSV de dígitos (rótulo, depois os pixels) e imagens IDX (train-images-idx3-ubyte, .gz ou não)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="79"/>
        <location filename="../../nnviz/core/data/idx.py" line="144"/>
        <source>{path}: the gzip data is damaged or cut short ({error})</source>
        <translation>{path}: os dados gzip estão danificados ou incompletos ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="80"/>
        <location filename="../../nnviz/core/data/idx.py" line="104"/>
        <location filename="../../nnviz/core/data/idx.py" line="146"/>
        <source>{path}: cannot read ({error})</source>
        <translation>{path}: não foi possível ler ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="84"/>
        <source>{path}: is an IDX label file; open its images (e.g. train-images-idx3-ubyte.gz) and give this file as their labels</source>
        <translation>{path}: é um arquivo de rótulos IDX; abra as imagens dele (p. ex. train-images-idx3-ubyte.gz) e informe este arquivo como os rótulos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="90"/>
        <source>{path}: not a file nnviz reads (gzip data that is not IDX images): {accepted}</source>
        <translation>{path}: não é um arquivo que o nnviz lê (dados gzip que não são imagens IDX): {accepted}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="92"/>
        <source>{path}: not a file nnviz reads (binary data, not IDX images): {accepted}</source>
        <translation>{path}: não é um arquivo que o nnviz lê (dados binários, não imagens IDX): {accepted}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="165"/>
        <source>{labels}: a labels file goes with IDX images, but {path} is a CSV table (its last column is the target)</source>
        <translation>{labels}: um arquivo de rótulos acompanha imagens IDX, mas {path} é uma tabela CSV (a última coluna é o alvo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="170"/>
        <source>{path}: holds digit images, classification into ten classes, not {kind}</source>
        <translation>{path}: contém imagens de dígitos, classificação em dez classes, não {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="174"/>
        <source>{labels}: a labels file goes with IDX images; the digit CSV {path} has its labels in its first column</source>
        <translation>{labels}: um arquivo de rótulos acompanha imagens IDX; o CSV de dígitos {path} tem os rótulos na primeira coluna</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="189"/>
        <source>give the labels file (nnviz train --data-labels FILE; a lesson: labels_file = &quot;FILE&quot;; the app asks for it)</source>
        <translation>informe o arquivo de rótulos (nnviz train --data-labels FILE; numa lição: labels_file = &quot;FILE&quot;; o aplicativo pede)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="194"/>
        <source>{path}: IDX images need their labels, and this name does not follow MNIST&apos;s (…-images-idx3-ubyte → …-labels-idx1-ubyte): {how}</source>
        <translation>{path}: imagens IDX precisam dos seus rótulos, e este nome não segue o padrão do MNIST (…-images-idx3-ubyte → …-labels-idx1-ubyte): {how}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="197"/>
        <source>{path}: IDX images need their labels: no {guess} (or {guess}.gz) beside it in {folder}; {how}</source>
        <translation>{path}: imagens IDX precisam dos seus rótulos: não há {guess} (nem {guess}.gz) ao lado em {folder}; {how}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="213"/>
        <source>{path}: holds no images</source>
        <translation>{path}: não contém imagens</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="308"/>
        <source>unknown data set {name}; choose one of: {names}</source>
        <translation>conjunto de dados desconhecido {name}; escolha um de: {names}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="351"/>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what} deve ser um número inteiro, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="360"/>
        <source>{name}: n must be from {min} to {max}, got {value}</source>
        <translation>{name}: n deve ser de {min} a {max}, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="368"/>
        <location filename="../../nnviz/core/data/generators.py" line="373"/>
        <source>{what} must be a number, not {value}</source>
        <translation>{what} deve ser um número, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="376"/>
        <source>{what} must be a finite number, not {value}</source>
        <translation>{what} deve ser um número finito, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="386"/>
        <source>{name}: noise must be at least 0, got {value:g}</source>
        <translation>{name}: noise deve ser no mínimo 0, recebido {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="388"/>
        <source>{name}: noise must be at least 0 and at most {max:g}, got {value:g}</source>
        <translation>{name}: noise deve ser no mínimo 0 e no máximo {max:g}, recebido {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="396"/>
        <source>test_ratio must be in [0, 1), got {value:g}</source>
        <translation>test_ratio deve estar em [0, 1), recebido {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="403"/>
        <source>seed must be 0 or more, got {value}</source>
        <translation>seed deve ser 0 ou mais, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="412"/>
        <source>{name}: unknown option {key}; its options are: {options}</source>
        <translation>{name}: opção desconhecida {key}; as opções são: {options}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="414"/>
        <source>{name}: unknown option {key}; it takes no options</source>
        <translation>{name}: opção desconhecida {key}; ele não aceita opções</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="418"/>
        <source>{name}: labels must be one of {forms}, not {value}</source>
        <translation>{name}: labels deve ser um de {forms}, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="423"/>
        <source>{name}: option {key}</source>
        <translation>{name}: opção {key}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="42"/>
        <source>an IDX image file</source>
        <translation>um arquivo de imagens IDX</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="43"/>
        <source>an IDX label file</source>
        <translation>um arquivo de rótulos IDX</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="53"/>
        <source>{path}: the header says the images are {rows}x{cols} pixels; expected 1 to {max} pixels a side (is this really an IDX image file?)</source>
        <translation>{path}: o cabeçalho diz que as imagens têm {rows}x{cols} pixels; esperado de 1 a {max} pixels por lado (isto é mesmo um arquivo de imagens IDX?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="58"/>
        <source>{n} images of {rows}x{cols} pixels</source>
        <translation>{n} imagens de {rows}x{cols} pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="68"/>
        <source>{n} labels</source>
        <translation>{n} rótulos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="73"/>
        <source>{path}: label {label} at position {i} of {n} is outside 0..9 (1 label out of range); expected digit labels</source>
        <translation>{path}: o rótulo {label} na posição {i} de {n} está fora de 0..9 (1 rótulo fora do intervalo); esperados rótulos de dígitos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="75"/>
        <source>{path}: label {label} at position {i} of {n} is outside 0..9 ({bad} labels out of range); expected digit labels</source>
        <translation>{path}: o rótulo {label} na posição {i} de {n} está fora de 0..9 ({bad} rótulos fora do intervalo); esperados rótulos de dígitos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="86"/>
        <source>{images_path} and {labels_path} do not match: {images} images but {labels} labels</source>
        <translation>{images_path} e {labels_path} não combinam: {images} imagens mas {labels} rótulos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="154"/>
        <source>{path}: truncated: {n} bytes, too short for the 4-byte magic number of {kind}</source>
        <translation>{path}: incompleto: {n} bytes, curto demais para o número mágico de 4 bytes de {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="159"/>
        <source> (that is {kind})</source>
        <translation> (isso é {kind})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="161"/>
        <source>{path}: wrong magic number 0x{found:08X}{hint}; expected 0x{magic:08X} for {kind}</source>
        <translation>{path}: número mágico errado 0x{found:08X}{hint}; esperado 0x{magic:08X} para {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="165"/>
        <source>{path}: truncated header: expected {size} bytes, found {found}</source>
        <translation>{path}: cabeçalho incompleto: esperados {size} bytes, encontrados {found}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="170"/>
        <source>{path}: the header says {n} images; at most {max:,} are accepted (is this really {kind}?)</source>
        <translation>{path}: o cabeçalho diz {n} imagens; no máximo {max:,} são aceitas (isto é mesmo {kind}?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="172"/>
        <source>{path}: the header says {n} labels; at most {max:,} are accepted (is this really {kind}?)</source>
        <translation>{path}: o cabeçalho diz {n} rótulos; no máximo {max:,} são aceitos (isto é mesmo {kind}?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="183"/>
        <source>{path}: truncated: the header promises {what}, {expected} bytes in all; the file has {size}</source>
        <translation>{path}: incompleto: o cabeçalho promete {what}, {expected} bytes ao todo; o arquivo tem {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="189"/>
        <source>{path}: truncated: the header promises {what}, {expected} bytes in all (uncompressed); found {found}</source>
        <translation>{path}: incompleto: o cabeçalho promete {what}, {expected} bytes ao todo (descomprimidos); encontrados {found}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="198"/>
        <source>{n} more bytes</source>
        <translation>mais {n} bytes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="199"/>
        <source>more data</source>
        <translation>mais dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="200"/>
        <source>{path}: the file goes on after the {expected} bytes the header promises ({what}; found {more}): the header or the file is wrong</source>
        <translation>{path}: o arquivo continua depois dos {expected} bytes que o cabeçalho promete ({what}; encontrados {more}): o cabeçalho ou o arquivo está errado</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="221"/>
        <source>{path}: not a text file (it contains NUL bytes); expected CSV text</source>
        <translation>{path}: não é um arquivo de texto (contém bytes NUL); esperado texto CSV</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="227"/>
        <source>{path}: not a UTF-8 text file (line {line} has a byte that is not UTF-8)</source>
        <translation>{path}: não é um arquivo de texto UTF-8 (a linha {line} tem um byte que não é UTF-8)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="244"/>
        <source>{path}: line {line} has {width} values: a label and {pixels} pixels; the pixels must make a square image (784 = 28x28, 256 = 16x16)</source>
        <translation>{path}: a linha {line} tem {width} valores: um rótulo e {pixels} pixels; os pixels devem formar uma imagem quadrada (784 = 28x28, 256 = 16x16)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="251"/>
        <source>{path}: line {line} has {count} values, line {first} has {width} (a label and {pixels} pixels)</source>
        <translation>{path}: a linha {line} tem {count} valores, a linha {first} tem {width} (um rótulo e {pixels} pixels)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="263"/>
        <source>{path}: could not read the numbers</source>
        <translation>{path}: não foi possível ler os números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="269"/>
        <source>{path}: line {line}, column 1: label {label} is outside 0..9</source>
        <translation>{path}: linha {line}, coluna 1: o rótulo {label} está fora de 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="275"/>
        <source>{path}: line {line}, column {column}: pixel value {value} is outside 0..255</source>
        <translation>{path}: linha {line}, coluna {column}: o valor de pixel {value} está fora de 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="309"/>
        <source>{where}: label {cell} is outside 0..9</source>
        <translation>{where}: o rótulo {cell} está fora de 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="310"/>
        <source>{where}: pixel value {cell} is outside 0..255</source>
        <translation>{where}: o valor de pixel {cell} está fora de 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="312"/>
        <source>{where}: the cell is empty; expected a label 0..9</source>
        <translation>{where}: a célula está vazia; esperado um rótulo 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="313"/>
        <source>{where}: the cell is empty; expected a pixel value 0..255</source>
        <translation>{where}: a célula está vazia; esperado um valor de pixel 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="316"/>
        <source>{where}: {cell} is not a whole number; expected a label 0..9</source>
        <translation>{where}: {cell} não é um número inteiro; esperado um rótulo 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="318"/>
        <source>{where}: {cell} is not a whole number; expected a pixel value 0..255</source>
        <translation>{where}: {cell} não é um número inteiro; esperado um valor de pixel 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="321"/>
        <source>{where}: {cell} is not a number; expected a label 0..9</source>
        <translation>{where}: {cell} não é um número; esperado um rótulo 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="323"/>
        <source>{where}: {cell} is not a number; expected a pixel value 0..255</source>
        <translation>{where}: {cell} não é um número; esperado um valor de pixel 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="325"/>
        <source>{path}: line {line}, column {column}</source>
        <translation>{path}: linha {line}, coluna {column}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="328"/>
        <source>{path}: line {line}: cannot read the numbers</source>
        <translation>{path}: linha {line}: não foi possível ler os números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/split.py" line="41"/>
        <source>test_ratio {ratio:g} puts {n_test} of {n} samples in the test set and leaves too few for training</source>
        <translation>test_ratio {ratio:g} coloca {n_test} de {n} amostras no conjunto de teste e deixa poucas demais para o treinamento</translation>
    </message>
</context>
<context>
    <name>DetectorsView</name>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="30"/>
        <source>the first-layer view shows image data sets (mnist, digits, an IDX file)</source>
        <translation>a visualização da primeira camada mostra conjuntos de dados de imagens (mnist, digits, um arquivo IDX)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="72"/>
        <source>Tile j: hidden neuron j&apos;s weights w¹ⱼₖ from the pixels k. Colours: orange negative, blue positive; the ends are ±max |w¹ⱼₖ| of the layer, rounded up.</source>
        <translation>Bloco j: os pesos w¹ⱼₖ do neurônio oculto j a partir dos pixels k. Cores: laranja negativo, azul positivo; os extremos são ±max |w¹ⱼₖ| da camada, arredondado para cima.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="83"/>
        <source>Each tile: one hidden neuron&apos;s weights from every pixel. Click a tile to select that neuron.</source>
        <translation>Cada bloco: os pesos de um neurônio oculto a partir de cada pixel. Clique num bloco para selecionar esse neurônio.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="183"/>
        <source>no data set yet</source>
        <translation>ainda sem conjunto de dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="187"/>
        <source>start training: the first layer&apos;s weights show here</source>
        <translation>comece o treinamento: os pesos da primeira camada aparecem aqui</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="189"/>
        <source>the network has {inputs} inputs, not {pixels} pixels</source>
        <translation>a rede tem {inputs} entradas, não {pixels} pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="236"/>
        <source>Output neuron j&apos;s weights {w} from pixel k, as {rows}×{columns} tiles</source>
        <translation>Pesos {w} do neurônio de saída j a partir do pixel k, em blocos de {rows}×{columns}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="238"/>
        <source>Hidden neuron j&apos;s weights {w} from pixel k, as {rows}×{columns} tiles</source>
        <translation>Pesos {w} do neurônio oculto j a partir do pixel k, em blocos de {rows}×{columns}</translation>
    </message>
</context>
<context>
    <name>DigitView</name>
    <message>
        <location filename="../../nnviz/gui/views/digit/bars.py" line="36"/>
        <source>The network&apos;s outputs for this sample, one bar per output neuron; the highlighted bar is its answer (the largest). Dashed: the target y, 1 at the label. Left: aᴸⱼ, or P(digit) for a softmax output layer.</source>
        <translation>As saídas da rede para esta amostra, uma barra por neurônio de saída; a barra destacada é a sua resposta (a maior). Tracejado: o alvo y, 1 no rótulo. À esquerda: aᴸⱼ, ou P(dígito) para uma camada de saída softmax.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/bars.py" line="58"/>
        <source>digit</source>
        <translation>dígito</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/bars.py" line="59"/>
        <source>output neuron</source>
        <translation>neurônio de saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="21"/>
        <source>the digit view shows image data sets (mnist, digits, an IDX file)</source>
        <translation>a visualização de dígitos mostra conjuntos de dados de imagens (mnist, digits, um arquivo IDX)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="73"/>
        <source>test {i}</source>
        <translation>teste {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="74"/>
        <source>training {i}</source>
        <translation>treino {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="75"/>
        <source>{sample} · label {label}</source>
        <translation>{sample} · rótulo {label}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="89"/>
        <source>says {said} ✓</source>
        <translation>diz {said} ✓</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="90"/>
        <location filename="../../nnviz/gui/views/digit/view.py" line="183"/>
        <source>says {said} ✗ (label {label})</source>
        <translation>diz {said} ✗ (rótulo {label})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="97"/>
        <source>P(digit)</source>
        <translation>P(dígito)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/strip.py" line="59"/>
        <source>Click a sample to show it. Outlined in vermillion: the network gets it wrong.</source>
        <translation>Clique numa amostra para mostrá-la. Contorno em vermelhão: a rede erra.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="41"/>
        <source>training</source>
        <translation>treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="41"/>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="71"/>
        <location filename="../../nnviz/gui/views/digit/view.py" line="369"/>
        <source>no data set yet</source>
        <translation>ainda sem conjunto de dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="113"/>
        <source>the previous sample (Left)</source>
        <translation>a amostra anterior (Esquerda)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="114"/>
        <source>the next sample (Right)</source>
        <translation>a próxima amostra (Direita)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="119"/>
        <source>training or test samples</source>
        <translation>amostras de treino ou de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="122"/>
        <source>the sample&apos;s number in its set</source>
        <translation>o número da amostra no seu conjunto</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="125"/>
        <source>next mistake</source>
        <translation>próximo erro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="126"/>
        <source>the next sample of this set the network gets wrong</source>
        <translation>a próxima amostra deste conjunto que a rede erra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="267"/>
        <source>no mistake in the test set</source>
        <translation>nenhum erro no conjunto de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="268"/>
        <source>no mistake in the training set</source>
        <translation>nenhum erro no conjunto de treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="284"/>
        <source>no test samples</source>
        <translation>sem amostras de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="285"/>
        <source>no training samples</source>
        <translation>sem amostras de treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="419"/>
        <source>no network yet</source>
        <translation>ainda sem rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="420"/>
        <source>the network has {inputs} inputs, not {pixels} pixels</source>
        <translation>a rede tem {inputs} entradas, não {pixels} pixels</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../nnviz/core/explain/__init__.py" line="64"/>
        <source>unknown format {format} (known: {formats})</source>
        <translation>formato desconhecido {format} (conhecidos: {formats})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="24"/>
        <location filename="../../nnviz/core/explain/document.py" line="146"/>
        <source>Forward pass</source>
        <translation>Passagem direta</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="25"/>
        <location filename="../../nnviz/core/explain/document.py" line="96"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="26"/>
        <location filename="../../nnviz/core/explain/document.py" line="160"/>
        <source>Backward pass</source>
        <translation>Retropropagação</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="27"/>
        <location filename="../../nnviz/core/explain/document.py" line="201"/>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="28"/>
        <location filename="../../nnviz/core/explain/document.py" line="214"/>
        <source>Update</source>
        <translation>Atualização</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="68"/>
        <source>step {i} of {n}</source>
        <translation>passo {i} de {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="69"/>
        <source>steps {first}--{last} of {n}</source>
        <translation>passos {first}--{last} de {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="72"/>
        <source>{title} (continued)</source>
        <translation>{title} (continuação)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="92"/>
        <location filename="../../nnviz/core/explain/document.py" line="222"/>
        <source>After the update</source>
        <translation>Depois da atualização</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="98"/>
        <source>{phase}, layer {l}</source>
        <translation>{phase}, camada {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="100"/>
        <source>{phase}, layer {l}, neuron {j}</source>
        <translation>{phase}, camada {l}, neurônio {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="84"/>
        <source>Worked example: forward pass</source>
        <translation>Exemplo resolvido: passagem direta</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="85"/>
        <source>Worked example: forward pass, loss and backward pass</source>
        <translation>Exemplo resolvido: passagem direta, perda e retropropagação</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="87"/>
        <source>Worked example: forward pass, backward pass and one gradient-descent step</source>
        <translation>Exemplo resolvido: passagem direta, retropropagação e um passo de descida do gradiente</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="105"/>
        <source>A {network}. </source>
        <translation>Uma {network}. </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="110"/>
        <source>Layer {l} (output)</source>
        <translation>Camada {l} (saída)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="111"/>
        <location filename="../../nnviz/core/explain/document.py" line="141"/>
        <source>Layer {l}</source>
        <translation>Camada {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="113"/>
        <source>layer {l} (output)</source>
        <translation>camada {l} (saída)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="114"/>
        <source>layer {l}</source>
        <translation>camada {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="116"/>
        <source>{layer} has {n} {activation} neuron</source>
        <translation>{layer} tem {n} neurônio {activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="117"/>
        <source>{layer} has {n} {activation} neurons</source>
        <translation>{layer} tem {n} neurônios {activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="119"/>
        <source>{layer} has {n} {activation} neuron and no bias</source>
        <translation>{layer} tem {n} neurônio {activation} e nenhum viés</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="121"/>
        <source>{layer} has {n} {activation} neurons and no bias</source>
        <translation>{layer} tem {n} neurônios {activation} e nenhum viés</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="125"/>
        <source>Loss {loss}: {definition}. </source>
        <translation>Perda {loss}: {definition}. </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="140"/>
        <source>Layer {l} (output layer)</source>
        <translation>Camada {l} (camada de saída)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="150"/>
        <source>, no bias</source>
        <translation>, sem viés</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="161"/>
        <source>The error of neuron {j} in layer {l} is {delta}, computed from the output layer back.</source>
        <translation>O erro do neurônio {j} na camada {l} é {delta}, calculado da camada de saída para trás.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="179"/>
        <source>{loss} with a {activation} output layer: {prime} cancels, so {rule}.</source>
        <translation>{loss} com uma camada de saída {activation}: {prime} se cancela, então {rule}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="181"/>
        <source>{loss} with a {activation} output layer: the softmax Jacobian cancels, so {rule}.</source>
        <translation>{loss} com uma camada de saída {activation}: o jacobiano da softmax se cancela, então {rule}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="191"/>
        <source>softmax couples its outputs: {rule}, with {s}.</source>
        <translation>a softmax acopla suas saídas: {rule}, com {s}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="202"/>
        <source>Each weight&apos;s gradient is the input on that weight times the error of its neuron: {rule_w}; each bias&apos;s gradient is the error: {rule_b}.</source>
        <translation>O gradiente de cada peso é a entrada nesse peso vezes o erro do seu neurônio: {rule_w}; o gradiente de cada viés é o erro: {rule_b}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="215"/>
        <source>One step of gradient descent with {eta}: {rule} for every weight and bias.</source>
        <translation>Um passo de descida do gradiente com {eta}: {rule} para cada peso e viés.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="223"/>
        <source>A forward pass of the updated network gives:</source>
        <translation>Uma passagem direta da rede atualizada dá:</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../nnviz/gui/kit/export.py" line="36"/>
        <source>{path}: choose a .png or .svg file name</source>
        <translation>{path}: escolha um nome de arquivo .png ou .svg</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/kit/export.py" line="52"/>
        <source>{path}: cannot make a PNG of {width}x{height} pixels</source>
        <translation>{path}: não é possível criar um PNG de {width}x{height} pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/kit/export.py" line="86"/>
        <source>{path}: cannot draw the SVG</source>
        <translation>{path}: não é possível desenhar o SVG</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <location filename="../../nnviz/core/expression.py" line="77"/>
        <source>the graph has no node {name!r} (nodes: {known})</source>
        <translation>o grafo não tem o nó {name!r} (nós: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="88"/>
        <source>a constant</source>
        <translation>uma constante</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="101"/>
        <source>{name} is not an element-wise activation (known: {known})</source>
        <translation>{name} não é uma ativação elemento a elemento (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="115"/>
        <source>w·x + b needs two names, not {name!r} twice</source>
        <translation>w·x + b precisa de dois nomes, não {name!r} duas vezes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="126"/>
        <source>{name}: unknown operation {op!r} (known: {known})</source>
        <translation>{name}: operação desconhecida {op!r} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="130"/>
        <source>{name}: {op} takes {wanted} operands, not {count}</source>
        <translation>{name}: {op} recebe {wanted} operandos, não {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="132"/>
        <source>{name}: {op} takes {wanted} operand, not {count}</source>
        <translation>{name}: {op} recebe {wanted} operando, não {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="139"/>
        <source>{name}: an operand</source>
        <translation>{name}: um operando</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="152"/>
        <source>{name!r} is computed by the graph, not an input</source>
        <translation>{name!r} é calculado pelo grafo, não é uma entrada</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="187"/>
        <source>a node&apos;s name is a letter followed by letters or digits (x, w1, a2), not {name!r}</source>
        <translation>o nome de um nó é uma letra seguida de letras ou dígitos (x, w1, a2), não {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="191"/>
        <source>the graph already has a node called {name!r}</source>
        <translation>o grafo já tem um nó chamado {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="197"/>
        <source>{node!r} is not a node of this graph</source>
        <translation>{node!r} não é um nó deste grafo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="226"/>
        <source>the graph has no node {name!r}</source>
        <translation>o grafo não tem o nó {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="279"/>
        <source>{what} must be a finite number, not {value!r}</source>
        <translation>{what} deve ser um número finito, não {value!r}</translation>
    </message>
</context>
<context>
    <name>ExpressionView</name>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="58"/>
        <source>This lesson has no computational graph. A lesson&apos;s [graph] table gives one (the chain_rule lesson: q = x + y, f = q·z); its forward values and backward gradients are then stepped here node by node.</source>
        <translation>Esta lição não tem grafo computacional. A tabela [graph] de uma lição fornece um (a lição chain_rule: q = x + y, f = q·z); seus valores da passagem direta e gradientes da retropropagação são então percorridos aqui nó a nó.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="61"/>
        <source>forward pass</source>
        <translation>passagem direta</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="62"/>
        <source>backward pass</source>
        <translation>retropropagação</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="64"/>
        <source>« First</source>
        <translation>« Primeiro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="65"/>
        <source>◀ Phase</source>
        <translation>◀ Fase</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="66"/>
        <source>◀ Back</source>
        <translation>◀ Voltar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="67"/>
        <source>Next ▶</source>
        <translation>Próximo ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="68"/>
        <source>Phase ▶</source>
        <translation>Fase ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="69"/>
        <source>Last »</source>
        <translation>Último »</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="282"/>
        <source>Step {step} of {count} · {phase}</source>
        <translation>Passo {step} de {count} · {phase}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="287"/>
        <source>an input: the output is differentiated by it</source>
        <translation>uma entrada: a saída é derivada em relação a ela</translation>
    </message>
</context>
<context>
    <name>FeatureSpaceView</name>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="28"/>
        <source>the hidden layer whose activations a^l are the coordinates</source>
        <translation>a camada oculta cujas ativações a^l são as coordenadas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="32"/>
        <source>two neurons</source>
        <translation>dois neurônios</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="33"/>
        <source>the axes: the first two principal components of a^l on the training data, or two chosen neurons</source>
        <translation>os eixos: as duas primeiras componentes principais de a^l nos dados de treino, ou dois neurônios escolhidos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="37"/>
        <source>the neuron on the horizontal axis</source>
        <translation>o neurônio no eixo horizontal</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="38"/>
        <source>the neuron on the vertical axis</source>
        <translation>o neurônio no eixo vertical</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="67"/>
        <source>hidden layer {layer} ({size})</source>
        <translation>camada oculta {layer} ({size})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="105"/>
        <source>output</source>
        <translation>saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="184"/>
        <source>No data yet.</source>
        <translation>Ainda sem dados.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="187"/>
        <source>No network yet.</source>
        <translation>Ainda sem rede.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="190"/>
        <source>Waiting for a network with {n} inputs.</source>
        <translation>Aguardando uma rede com {n} entradas.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="194"/>
        <source>This network has no hidden layer: its output neuron draws a straight line in the input space itself (see the decision boundary). Add a hidden layer to see the data in its feature space.</source>
        <translation>Esta rede não tem camada oculta: seu neurônio de saída traça uma reta no próprio espaço de entrada (veja a fronteira de decisão). Adicione uma camada oculta para ver os dados no seu espaço de características.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="259"/>
        <source>Could not compute the feature space: {error}</source>
        <translation>Não foi possível calcular o espaço de características: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="287"/>
        <source>output = {level:g}</source>
        <translation>saída = {level:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="301"/>
        <source>The data and the input grid in hidden layer {layer}</source>
        <translation>Os dados e a grade de entrada na camada oculta {layer}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="324"/>
        <source>Hidden layer {layer}: the principal components of {a}</source>
        <translation>Camada oculta {layer}: as componentes principais de {a}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../nnviz/core/files.py" line="36"/>
        <source>{path}: no such file</source>
        <translation>{path}: arquivo inexistente</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="40"/>
        <source>{path}: is a directory, not {kind}</source>
        <translation>{path}: é uma pasta, não {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="44"/>
        <source>a FIFO (named pipe)</source>
        <translation>um FIFO (pipe nomeado)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="45"/>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="47"/>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="48"/>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="50"/>
        <source>{path}: is {what}, not {kind}; expected a regular file</source>
        <translation>{path}: é {what}, não {kind}; era esperado um arquivo comum</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="56"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: não foi possível ler ({reason})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="61"/>
        <source>{path}: too big for {kind} (more than {limit} bytes)</source>
        <translation>{path}: grande demais para {kind} (mais de {limit} bytes)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="88"/>
        <source>{path}: not a text file (it contains NUL bytes); expected {expected}</source>
        <translation>{path}: não é um arquivo de texto (contém bytes NUL); era esperado {expected}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="95"/>
        <source>{path}: not a UTF-8 text file (line {line} has a byte that is not UTF-8)</source>
        <translation>{path}: não é um arquivo de texto UTF-8 (a linha {line} tem um byte que não é UTF-8)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="118"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="121"/>
        <source>{path}: is a folder, not a file name</source>
        <translation>{path}: é uma pasta, não um nome de arquivo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="123"/>
        <source>{path}: is not a regular file; choose a file name</source>
        <translation>{path}: não é um arquivo comum; escolha um nome de arquivo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="127"/>
        <source>permission denied: the folder {folder} is not writable</source>
        <translation>permissão negada: a pasta {folder} não permite escrita</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="131"/>
        <source>permission denied: the file is read-only</source>
        <translation>permissão negada: o arquivo é somente leitura</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="198"/>
        <source>{path}: cannot write ({reason}); the existing file is unchanged</source>
        <translation>{path}: não foi possível gravar ({reason}); o arquivo existente não foi alterado</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="200"/>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: não foi possível gravar ({reason})</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../nnviz/core/folders.py" line="31"/>
        <source>{folder}: the folder {parent} does not exist</source>
        <translation>{folder}: a pasta {parent} não existe</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="34"/>
        <source>{folder}: is a file, not a folder</source>
        <translation>{folder}: é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="37"/>
        <source>{folder}: cannot write (permission denied: the folder {parent} is not writable)</source>
        <translation>{folder}: não é possível gravar (permissão negada: a pasta {parent} não permite gravação)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="43"/>
        <source>{folder}: holds other files ({names}); choose a new or empty folder</source>
        <translation>{folder}: contém outros arquivos ({names}); escolha uma pasta nova ou vazia</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="77"/>
        <source>; the existing folder is unchanged</source>
        <translation>; a pasta existente não foi alterada</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="79"/>
        <source>{folder}: cannot write ({reason}){kept}</source>
        <translation>{folder}: não é possível gravar ({reason}){kept}</translation>
    </message>
</context>
<context>
    <name>Gif</name>
    <message>
        <location filename="../../nnviz/core/gif.py" line="50"/>
        <source>{source}: frames per second must be a whole number from {low} to {high}, not {fps}</source>
        <translation>{source}: quadros por segundo deve ser um número inteiro de {low} a {high}, não {fps}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="61"/>
        <source>{source}: an animation has 1 to {most} frames, not {n}</source>
        <translation>{source}: uma animação tem de 1 a {most} quadros, não {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="66"/>
        <source>{source}: {n} frames of {w}x{h} pixels need more than {gib} GiB of memory; at most {most} frames at that size (or make it smaller)</source>
        <translation>{source}: {n} quadros de {w}x{h} pixels precisam de mais de {gib} GiB de memória; no máximo {most} quadros nesse tamanho (ou diminua-o)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="77"/>
        <source>no frames to write: record at least one</source>
        <translation>nenhum quadro para gravar: grave pelo menos um</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="83"/>
        <source>frame {i}: expected an H×W×3 or H×W×4 picture of bytes, not {shape} {dtype}</source>
        <translation>quadro {i}: esperada uma imagem de bytes H×W×3 ou H×W×4, não {shape} {dtype}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="89"/>
        <source>frame {i} is {w}x{h} pixels, frame 1 is {w1}x{h1}: all frames must have one size</source>
        <translation>o quadro {i} tem {w}x{h} pixels, o quadro 1 tem {w1}x{h1}: todos os quadros devem ter o mesmo tamanho</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="41"/>
        <source>from {source} into {target}</source>
        <translation>de {source} para {target}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="45"/>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="121"/>
        <source>{name} = {value} (last step)</source>
        <translation>{name} = {value} (último passo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="47"/>
        <source>click to edit</source>
        <translation>clique para editar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="59"/>
        <source>{head} = {a0}: input {k} of {n}</source>
        <translation>{head} = {a0}: entrada {k} de {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/describe.py" line="64"/>
        <source>{head}: mean over %n samples = {value}</source>
        <translation>
            <numerusform>{head}: média sobre %n amostra = {value}</numerusform>
            <numerusform>{head}: média sobre %n amostras = {value}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="66"/>
        <source>{head} = {a0} = {value} (sample {i})</source>
        <translation>{head} = {a0} = {value} (amostra {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="83"/>
        <source>… ({n} more)</source>
        <translation>… (mais {n})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="93"/>
        <source>neuron {j} of output ({activation})</source>
        <translation>neurônio {j} da saída ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="95"/>
        <source>neuron {j} of layer {l} ({activation})</source>
        <translation>neurônio {j} da camada {l} ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="98"/>
        <source>(no data for this network: choose a data set to see z and a)</source>
        <translation>(sem dados para esta rede: escolha um conjunto de dados para ver z e a)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/describe.py" line="102"/>
        <source>mean over %n samples: mean {a} = {value}</source>
        <translation>
            <numerusform>média sobre %n amostra: {a} médio = {value}</numerusform>
            <numerusform>média sobre %n amostras: {a} médio = {value}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="104"/>
        <source>(each sample&apos;s {a}, averaged: choose one sample to see the numbers in the formula)</source>
        <translation>({a} de cada amostra, em média: escolha uma amostra para ver os números na fórmula)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="115"/>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="202"/>
        <source>sample {i}</source>
        <translation>amostra {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="117"/>
        <source>{name} = {value}: click to edit</source>
        <translation>{name} = {value}: clique para editar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="144"/>
        <source>inputs ({n})</source>
        <translation>entradas ({n})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="146"/>
        <source>x: {rows}×{cols}
= {n} inputs</source>
        <translation>x: {rows}×{cols}
= {n} entradas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="150"/>
        <source>output ({n})
{activation}</source>
        <translation>saída ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="152"/>
        <source>layer {l} ({n})
{activation}</source>
        <translation>camada {l} ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="156"/>
        <source>
{quantity} scale ±{scale}</source>
        <translation>
escala de {quantity} ±{scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="218"/>
        <source>{name}·x = Σₖ {wk}·xₖ: what the picture sends into {z}</source>
        <translation>{name}·x = Σₖ {wk}·xₖ: o que a imagem envia para {z}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/describe.py" line="223"/>
        <source> (mean over %n samples)</source>
        <translation>
            <numerusform> (média sobre %n amostra)</numerusform>
            <numerusform> (média sobre %n amostras)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="225"/>
        <source> (sample {i})</source>
        <translation> (amostra {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="227"/>
        <source>blue: the picture excites the neuron, orange: it inhibits it</source>
        <translation>azul: a imagem excita o neurônio, laranja: a imagem o inibe</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/edges.py" line="50"/>
        <source>{quantity} / scale of its layer</source>
        <translation>{quantity} / escala da sua camada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="24"/>
        <source>type a number, e.g. 0.5 or -1.2</source>
        <translation>digite um número, p. ex. 0.5 ou -1.2</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="30"/>
        <source> (type e.g. 0.5 or -1.2)</source>
        <translation> (digite p. ex. 0.5 ou -1.2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="32"/>
        <source>{value} is too large: keep |value| ≤ {limit}</source>
        <translation>{value} é grande demais: mantenha |valor| ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/input_image.py" line="222"/>
        <source>lines: {w}·x, ±{scale}</source>
        <translation>linhas: {w}·x, ±{scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/input_image.py" line="225"/>
        <source>
on x: {name}</source>
        <translation>
sobre x: {name}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="33"/>
        <source>low</source>
        <translation>baixo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="33"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="34"/>
        <source>edge colour: the sign and size of what the edges show (w or ∂C/∂w), up to the scale written at the ends</source>
        <translation>cor das arestas: o sinal e o tamanho do que as arestas mostram (w ou ∂C/∂w), até a escala escrita nas pontas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="35"/>
        <source>neuron fill: the activation a, from the lowest to the highest of its layer</source>
        <translation>preenchimento do neurônio: a ativação a, da menor à maior da sua camada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="26"/>
        <source>no data set: neurons unfilled</source>
        <translation>sem conjunto de dados: neurônios sem preenchimento</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="28"/>
        <source>the data has {features} inputs, the network {inputs}: neurons unfilled</source>
        <translation>os dados têm {features} entradas, a rede {inputs}: neurônios sem preenchimento</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="31"/>
        <source>the data set is empty</source>
        <translation>o conjunto de dados está vazio</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="40"/>
        <source>mean over 1 sample</source>
        <translation>média sobre 1 amostra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/status.py" line="41"/>
        <source>mean over %n samples</source>
        <translation>
            <numerusform>média sobre %n amostra</numerusform>
            <numerusform>média sobre %n amostras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="43"/>
        <source>mean over 1 sample of {total}</source>
        <translation>média sobre 1 amostra de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/status.py" line="44"/>
        <source>mean over %n samples of {total}</source>
        <translation>
            <numerusform>média sobre %n amostra de {total}</numerusform>
            <numerusform>média sobre %n amostras de {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="49"/>
        <source>; step-through: step {k} of {n}</source>
        <translation>; passo a passo: passo {k} de {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="51"/>
        <source>no gradient before the first step</source>
        <translation>sem gradiente antes do primeiro passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/texts.py" line="69"/>
        <source>⋮ {n} more</source>
        <translation>⋮ mais {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="26"/>
        <source>write every weight and bias on the graph (or their gradients)</source>
        <translation>escrever cada peso e viés no grafo (ou seus gradientes)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="61"/>
        <source>colour the edges by the weights w or by the gradient ∂C/∂w of the last step</source>
        <translation>colorir as arestas pelos pesos w ou pelo gradiente ∂C/∂w do último passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="63"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="63"/>
        <source>per layer</source>
        <translation>por camada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="64"/>
        <source>fixed</source>
        <translation>fixa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="65"/>
        <source>colour scale: max |w| of the network (global) or of each layer, rounded up; or a fixed range you set</source>
        <translation>escala de cores: o máximo de |w| da rede (global) ou de cada camada, arredondado para cima; ou uma faixa fixa que você define</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="70"/>
        <source>the fixed colour range</source>
        <translation>a faixa de cores fixa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="72"/>
        <source>mean</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="72"/>
        <source>sample</source>
        <translation>amostra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="73"/>
        <source>fill the neurons with the activation averaged over the data, or with one sample&apos;s</source>
        <translation>preencher os neurônios com a ativação média sobre os dados, ou com a de uma amostra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="75"/>
        <source>the sample (counted from 1): the training samples, then the test samples</source>
        <translation>a amostra (contada a partir de 1): as amostras de treino, depois as de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="76"/>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="79"/>
        <source>fit</source>
        <translation>ajustar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="80"/>
        <source>zoom to show the whole network</source>
        <translation>ampliar para mostrar a rede inteira</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="85"/>
        <source>show or hide the graph&apos;s options</source>
        <translation>mostrar ou ocultar as opções do grafo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="88"/>
        <source>edges</source>
        <translation>arestas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="89"/>
        <source> neurons</source>
        <translation> neurônios</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="163"/>
        <source>for networks with at most {limit} edges</source>
        <translation>para redes com no máximo {limit} arestas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="229"/>
        <source>the presentation scale must be a positive number, not {scale}</source>
        <translation>a escala de apresentação deve ser um número positivo, não {scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="267"/>
        <source>unknown colour scaling {mode} (known: {known})</source>
        <translation>escala de cores desconhecida {mode} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="271"/>
        <source>the fixed colour range must be a positive number, not {value}</source>
        <translation>a faixa de cores fixa deve ser um número positivo, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="289"/>
        <source>the sample index must be 0 or more, not {index}</source>
        <translation>o índice da amostra deve ser 0 ou mais, não {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="585"/>
        <source>
hover a neuron of layer 1 to see its weights w¹ⱼ on the picture</source>
        <translation>
passe o mouse sobre um neurônio da camada 1 para ver seus pesos w¹ⱼ na imagem</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="601"/>
        <source>there is no parameter {index} to edit</source>
        <translation>não há parâmetro {index} para editar</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../nnviz/gui/kit/heatmap.py" line="58"/>
        <source>the loss is not finite anywhere on this slice (try a smaller range)</source>
        <translation>a perda não é finita em nenhum ponto desta fatia (tente um intervalo menor)</translation>
    </message>
</context>
<context>
    <name>InputSpace</name>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="98"/>
        <source>the input grid needs at least 2 x 2 cells, got {nx} x {ny}</source>
        <translation>a grade de entrada precisa de pelo menos 2 x 2 células, recebido {nx} x {ny}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="103"/>
        <source>input features {p} and {q} must be two different inputs of 1..{n}</source>
        <translation>as características de entrada {p} e {q} devem ser duas entradas diferentes de 1..{n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="134"/>
        <source>input features {p} and {q} must be inputs of 1..{n}</source>
        <translation>as características de entrada {p} e {q} devem ser entradas de 1..{n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="320"/>
        <source>neurons {j} and {k} are not both in 1..{n}</source>
        <translation>os neurônios {j} e {k} não estão ambos em 1..{n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="413"/>
        <source>layer {l} is not a hidden layer (hidden layers: 1..{last})</source>
        <translation>a camada {l} não é uma camada oculta (camadas ocultas: 1..{last})</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="85"/>
        <source>slice: a direction is zero (are all the weights zero?)</source>
        <translation>corte: uma direção é zero (todos os pesos são zero?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="88"/>
        <source>slice: the two directions are parallel</source>
        <translation>corte: as duas direções são paralelas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="128"/>
        <source>choose two different parameters (both are {name})</source>
        <translation>escolha dois parâmetros diferentes (ambos são {name})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="162"/>
        <source>filter-normalised directions need non-zero weights (all are zero)</source>
        <translation>direções normalizadas por filtro precisam de pesos não nulos (todos são zero)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="200"/>
        <source>a one-parameter model has no plane: use the 1-D loss curve</source>
        <translation>um modelo de um parâmetro não tem plano: use a curva de perda 1-D</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="208"/>
        <source>PCA needs a trajectory that is not a single point or a straight line: train a few more steps</source>
        <translation>o PCA precisa de uma trajetória que não seja um único ponto nem uma reta: treine mais alguns passos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="374"/>
        <source>no samples to compute the loss over</source>
        <translation>não há amostras para calcular a perda</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="37"/>
        <source>which plane through parameter space to show</source>
        <translation>qual plano do espaço de parâmetros mostrar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="40"/>
        <source>the parameter on the {axis} axis (or click an edge in the graph)</source>
        <translation>o parâmetro no eixo {axis} (ou clique em uma aresta do grafo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="50"/>
        <source>half the width of the plotted square around its centre</source>
        <translation>metade da largura do quadrado desenhado em torno do centro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="52"/>
        <source>Centre</source>
        <translation>Centralizar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="53"/>
        <source>Centre on current: recompute the surface through the current parameters</source>
        <translation>Centralizar no atual: recalcular a superfície através dos parâmetros atuais</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="55"/>
        <source>New directions</source>
        <translation>Novas direções</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="56"/>
        <source>draw two other random directions</source>
        <translation>sortear outras duas direções aleatórias</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="57"/>
        <source>Follow training</source>
        <translation>Acompanhar o treinamento</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="58"/>
        <source>recompute the surface through the current θ while training runs (off: it stays a slice through θ at the step it was computed, and the path can climb on it while C falls)</source>
        <translation>recalcular a superfície através do θ atual enquanto o treinamento roda (desligado: ela continua um corte através de θ no passo em que foi calculada, e o caminho pode subir nela enquanto C cai)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="77"/>
        <source>Log colours</source>
        <translation>Cores logarítmicas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="78"/>
        <source>colour by log₁₀ C: shows the detail near the minimum</source>
        <translation>colorir por log₁₀ C: mostra o detalhe perto do mínimo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="79"/>
        <source>3-D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="82"/>
        <source>show the surface in 3-D</source>
        <translation>mostrar a superfície em 3D</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="83"/>
        <source>Grid size</source>
        <translation>Tamanho da grade</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="93"/>
        <source>Recompute</source>
        <translation>Recalcular</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="97"/>
        <source>grid size, log colours, 3-D, recompute</source>
        <translation>tamanho da grade, cores logarítmicas, 3D, recalcular</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="20"/>
        <source>two parameters</source>
        <translation>dois parâmetros</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="21"/>
        <source>random directions</source>
        <translation>direções aleatórias</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="22"/>
        <source>PCA of the path</source>
        <translation>PCA do caminho</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="23"/>
        <source>one parameter</source>
        <translation>um parâmetro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="24"/>
        <source>C over two chosen parameters θ_i, θ_j, the others fixed</source>
        <translation>C sobre dois parâmetros escolhidos θ_i, θ_j, os demais fixos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="25"/>
        <source>C along two random filter-normalised directions through θ0 (Li et al. 2018)</source>
        <translation>C ao longo de duas direções aleatórias normalizadas por filtro através de θ0 (Li et al. 2018)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="26"/>
        <source>C over the plane of the first two principal directions of the path so far</source>
        <translation>C sobre o plano das duas primeiras direções principais do caminho até agora</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="27"/>
        <source>C(θ_i) along one parameter, the others fixed</source>
        <translation>C(θ_i) ao longo de um parâmetro, os demais fixos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="80"/>
        <source>unknown slice {mode} (known: {known})</source>
        <translation>corte desconhecido {mode} (conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="92"/>
        <source>parameter indices ({i}, {j}) out of range 0..{last}</source>
        <translation>índices de parâmetro ({i}, {j}) fora do intervalo 0..{last}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="95"/>
        <source>choose two different parameters</source>
        <translation>escolha dois parâmetros diferentes</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="107"/>
        <source>the range must be a positive number, not {value}</source>
        <translation>o intervalo deve ser um número positivo, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="116"/>
        <source>the grid needs 5 to 1001 points per side, not {n}</source>
        <translation>a grade precisa de 5 a 1001 pontos por lado, não {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/surface3d.py" line="49"/>
        <source>3-D needs a real display with OpenGL (the Qt platform is &apos;{platform}&apos;)</source>
        <translation>3D precisa de uma tela real com OpenGL (a plataforma Qt é &apos;{platform}&apos;)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/surface3d.py" line="53"/>
        <source>3-D needs PyOpenGL ({error})</source>
        <translation>3D precisa do PyOpenGL ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/surface_task.py" line="133"/>
        <source>PCA of the path needs a few recorded steps: train first</source>
        <translation>o PCA do caminho precisa de alguns passos registrados: treine primeiro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/view.py" line="296"/>
        <source>computation cancelled</source>
        <translation>cálculo cancelado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/view.py" line="369"/>
        <source>no data set: the loss surface needs the training data</source>
        <translation>sem conjunto de dados: a superfície de perda precisa dos dados de treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/view.py" line="528"/>
        <source>computing the loss surface …</source>
        <translation>calculando a superfície de perda …</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="16"/>
        <source>Start training to see the loss surface and the path of gradient descent.</source>
        <translation>Comece o treinamento para ver a superfície de perda e o caminho da descida do gradiente.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="31"/>
        <source>{cost} along two random filter-normalised directions α, β through θ at step {step}</source>
        <translation>{cost} ao longo de duas direções aleatórias normalizadas por filtro α, β através de θ no passo {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="34"/>
        <source>{cost} over the plane of the path&apos;s first two principal directions, to step {step}</source>
        <translation>{cost} sobre o plano das duas primeiras direções principais do caminho, até o passo {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="37"/>
        <source>{what} with the other parameter as at step {step}</source>
        <translation>{what} com o outro parâmetro como no passo {step}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/landscape/words.py" line="40"/>
        <source>{what} with the other %n parameters as at step {step}</source>
        <translation>
            <numerusform>{what} com o outro %n parâmetro como no passo {step}</numerusform>
            <numerusform>{what} com os outros %n parâmetros como no passo {step}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="42"/>
        <source>{what} through θ at step {step}</source>
        <translation>{what} através de θ no passo {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="47"/>
        <source> (computed in {ms} ms)</source>
        <translation> (calculado em {ms} ms)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="50"/>
        <source>Click the plot to restart training from that point{took}.</source>
        <translation>Clique no gráfico para reiniciar o treinamento a partir desse ponto{took}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="51"/>
        <source>Click the map to restart training from that point{took}.</source>
        <translation>Clique no mapa para reiniciar o treinamento a partir desse ponto{took}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="70"/>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="71"/>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="72"/>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="73"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../nnviz/gui/shell/language_menu.py" line="20"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/language_menu.py" line="29"/>
        <source>Show nnviz in {language}</source>
        <translation>Mostrar o nnviz em {language}</translation>
    </message>
</context>
<context>
    <name>LectureMode</name>
    <message>
        <location filename="../../nnviz/gui/shell/lecture.py" line="54"/>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
</context>
<context>
    <name>LessonHeader</name>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_header.py" line="56"/>
        <source>Step {number}: {title}</source>
        <translation>Passo {number}: {title}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="48"/>
        <source>the change gave no network to show</source>
        <translation>a mudança não produziu nenhuma rede para mostrar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="50"/>
        <source>the network&apos;s parameters θ are not all finite numbers</source>
        <translation>os parâmetros θ da rede não são todos números finitos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="91"/>
        <source>Cannot show step {number} of the lesson</source>
        <translation>Não é possível mostrar o passo {number} da lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="102"/>
        <source>This is the lesson&apos;s last step.</source>
        <translation>Este é o último passo da lição.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="103"/>
        <source>This is the lesson&apos;s start.</source>
        <translation>Este é o início da lição.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="129"/>
        <source>{lesson}: there is no step {number} (the lesson has {count})</source>
        <translation>{lesson}: não há passo {number} (a lição tem {count})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="144"/>
        <source>{lesson}: step {number}: {kind}: {error}</source>
        <translation>{lesson}: passo {number}: {kind}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="177"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Passo {number} de {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="179"/>
        <source>Lesson: {title}</source>
        <translation>Lição: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="183"/>
        <source>convergence</source>
        <translation>convergência</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="185"/>
        <source>accuracy ≥ {value}</source>
        <translation>acurácia ≥ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="187"/>
        <source>loss ≤ {value}</source>
        <translation>perda ≤ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="190"/>
        <source>Not reached: {goal} within {steps} training steps.</source>
        <translation>Não alcançado: {goal} em até {steps} passos de treinamento.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="224"/>
        <source>Nothing to save yet</source>
        <translation>Ainda não há nada para salvar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="225"/>
        <source>Wait for the network to appear.</source>
        <translation>Aguarde a rede aparecer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="229"/>
        <source>Save as lesson</source>
        <translation>Salvar como lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="231"/>
        <source>Lessons (*.toml)</source>
        <translation>Lições (*.toml)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="241"/>
        <source>Cannot save the lesson</source>
        <translation>Não é possível salvar a lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="243"/>
        <source>Saved the lesson (step {step}&apos;s weights) to {path}</source>
        <translation>Lição salva (pesos do passo {step}) em {path}</translation>
    </message>
</context>
<context>
    <name>LessonSteps</name>
    <message numerus="yes">
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="21"/>
        <source>Start · %n step(s)</source>
        <translation>
            <numerusform>Início · %n passo</numerusform>
            <numerusform>Início · %n passos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="23"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Passo {number} de {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="38"/>
        <source>◀ Prev</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="39"/>
        <source>Next ▶</source>
        <translation>Próximo ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="40"/>
        <source>Previous step of the lesson (PageUp)</source>
        <translation>Passo anterior da lição (PageUp)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="41"/>
        <source>Next step of the lesson (PageDown)</source>
        <translation>Próximo passo da lição (PageDown)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="80"/>
        <source>{position}
(jump to any step of the lesson)</source>
        <translation>{position}
(ir para qualquer passo da lição)</translation>
    </message>
</context>
<context>
    <name>LessonWriter</name>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="66"/>
        <source>a lesson needs a title</source>
        <translation>uma lição precisa de um título</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="95"/>
        <source>the parameters are not all finite numbers (the network diverged): reset it before saving it as a lesson</source>
        <translation>os parâmetros não são todos números finitos (a rede divergiu): reinicie-a antes de salvá-la como lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="104"/>
        <source>inline points need both x and y to be written as a lesson</source>
        <translation>pontos no próprio arquivo precisam de x e y para serem gravados como lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="111"/>
        <source>a CSV data set needs a file path to be written as a lesson</source>
        <translation>um conjunto de dados CSV precisa de um caminho de arquivo para ser gravado como lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="161"/>
        <source>unknown batch mode {name!r}</source>
        <translation>modo de lote desconhecido {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="179"/>
        <source>the speed must be steps per second (&gt; 0), not {value!r}</source>
        <translation>a velocidade deve ser em passos por segundo (&gt; 0), não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="187"/>
        <source>expected a number, not {value!r}</source>
        <translation>era esperado um número, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="193"/>
        <source>cannot write {value!r} in a lesson: numbers must be finite</source>
        <translation>não é possível gravar {value!r} em uma lição: os números devem ser finitos</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="145"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="168"/>
        <location filename="../../nnviz/core/lessons.py" line="199"/>
        <source>top level</source>
        <translation>nível superior</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="169"/>
        <source>&apos;step&apos; must be a list of [[step]] tables</source>
        <translation>&apos;step&apos; deve ser uma lista de tabelas [[step]]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="177"/>
        <source>the lesson&apos;s configuration</source>
        <translation>a configuração da lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="190"/>
        <source>step {number}</source>
        <translation>passo {number}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="200"/>
        <location filename="../../nnviz/core/lessons.py" line="250"/>
        <location filename="../../nnviz/core/lessons.py" line="307"/>
        <source>must be a table</source>
        <translation>deve ser uma tabela</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="211"/>
        <source>configuration</source>
        <translation>configuração</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="246"/>
        <source>&apos;graph_step&apos; must be a step of the computational graph, from 1, not {value}</source>
        <translation>&apos;graph_step&apos; deve ser um passo do grafo computacional, a partir de 1, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="298"/>
        <source>&apos;train&apos; must be at most {most} steps, not {value}</source>
        <translation>&apos;train&apos; deve ter no máximo {most} passos, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="303"/>
        <source>&apos;train&apos; must be a number of steps or a table {{ until = ..., value = ..., max_steps = ... }}, not {value!r}</source>
        <translation>&apos;train&apos; deve ser um número de passos ou uma tabela {{ until = ..., value = ..., max_steps = ... }}, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="313"/>
        <source>a whole number from 1 to {most}</source>
        <translation>um número inteiro de 1 a {most}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="317"/>
        <source>&apos;value&apos; is for &quot;accuracy&quot; and &quot;loss&quot;: &quot;converged&quot; takes none</source>
        <translation>&apos;value&apos; é para &quot;accuracy&quot; e &quot;loss&quot;: &quot;converged&quot; não recebe nenhum</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="323"/>
        <source>a number in [0, 1]</source>
        <translation>um número em [0, 1]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="325"/>
        <source>until = &quot;accuracy&quot; needs a classification data set; {name} is a regression data set</source>
        <translation>until = &quot;accuracy&quot; precisa de um conjunto de dados de classificação; {name} é um conjunto de dados de regressão</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="332"/>
        <source>a finite number</source>
        <translation>um número finito</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="340"/>
        <location filename="../../nnviz/core/lesson_script.py" line="425"/>
        <source>a whole number &gt;= 1 (1-based)</source>
        <translation>um número inteiro &gt;= 1 (contado a partir de 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="351"/>
        <source>&apos;select&apos; must be a table { sample = ..., neuron = [l, j], parameter = ... }</source>
        <translation>&apos;select&apos; deve ser uma tabela { sample = ..., neuron = [l, j], parameter = ... }</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="356"/>
        <source>{key!r} = {value} but there are only {limit} parameters</source>
        <translation>{key!r} = {value}, mas há apenas {limit} parâmetros</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="362"/>
        <source>&apos;neuron&apos; must be [layer l, neuron j], two whole numbers &gt;= 1, not {value!r}</source>
        <translation>&apos;neuron&apos; deve ser [camada l, neurônio j], dois números inteiros &gt;= 1, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="367"/>
        <source>&apos;neuron&apos;: layer {layer} but the network has {layers} layers (1..{layers})</source>
        <translation>&apos;neuron&apos;: camada {layer}, mas a rede tem {layers} camadas (1..{layers})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="372"/>
        <source>&apos;neuron&apos;: neuron {j} but layer {layer} has {size} neurons</source>
        <translation>&apos;neuron&apos;: neurônio {j}, mas a camada {layer} tem {size} neurônios</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="380"/>
        <source>{key!r} = {value} but there are only {limit} training samples</source>
        <translation>{key!r} = {value}, mas há apenas {limit} amostras de treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="399"/>
        <source>&apos;show&apos; must be a list of view names ({known}), not {value!r}</source>
        <translation>&apos;show&apos; deve ser uma lista de nomes de visualizações ({known}), não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="404"/>
        <source>unknown view {name!r} (known: {known})</source>
        <translation>visualização desconhecida {name!r} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="415"/>
        <source>&apos;walk&apos; must be a table {{ sample = ..., phase = ... }} or false, not {value!r}</source>
        <translation>&apos;walk&apos; deve ser uma tabela {{ sample = ..., phase = ... }} ou false, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="420"/>
        <location filename="../../nnviz/core/lessons.py" line="259"/>
        <source>missing key {key!r}</source>
        <translation>falta a chave {key!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="427"/>
        <source>give &apos;phase&apos; or &apos;step&apos;, not both</source>
        <translation>informe &apos;phase&apos; ou &apos;step&apos;, não ambos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="457"/>
        <source>step {number}: not read from a lesson file (no configuration)</source>
        <translation>passo {number}: não foi lido de um arquivo de lição (sem configuração)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="588"/>
        <source>{file}: no step {number!r} (the lesson has steps 1 to {last}; 0 is its start)</source>
        <translation>{file}: não há passo {number!r} (a lição tem os passos 1 a {last}; 0 é o início)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="632"/>
        <source>{file}: step {number}: {error}</source>
        <translation>{file}: passo {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="132"/>
        <source>{file}: cannot read the lesson ({error})</source>
        <translation>{file}: não foi possível ler a lição ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="136"/>
        <source>{file}: top level: &apos;title&apos; must be text and &apos;step&apos; a list of [[step]] tables</source>
        <translation>{file}: nível superior: &apos;title&apos; deve ser texto e &apos;step&apos; uma lista de tabelas [[step]]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="150"/>
        <source>{path}: no such lesson file</source>
        <translation>{path}: arquivo de lição inexistente</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="151"/>
        <source>a lesson file</source>
        <translation>um arquivo de lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="156"/>
        <source>unknown lesson {name!r} (known: {known})</source>
        <translation>lição desconhecida {name!r} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="167"/>
        <source>{file}: not valid TOML ({error})</source>
        <translation>{file}: TOML inválido ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="224"/>
        <source>unknown key {key!r} (a translation of {name!r} is {name!r} with the suffix of a known language: {suffixes})</source>
        <translation>chave desconhecida {key!r} (uma tradução de {name!r} é {name!r} com o sufixo de um idioma conhecido: {suffixes})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="229"/>
        <source>unknown key {key!r} (allowed: {known})</source>
        <translation>chave desconhecida {key!r} (permitidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="241"/>
        <source>{key!r} translates {name!r}, which is missing: give the English {name!r} too</source>
        <translation>{key!r} traduz {name!r}, que está faltando: informe também {name!r} em inglês</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="267"/>
        <source>{key!r} must be {wanted}, not {value!r}</source>
        <translation>{key!r} deve ser {wanted}, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="286"/>
        <source>&apos;lecture_views&apos; must be a list of view names ({known}), not {value!r}</source>
        <translation>&apos;lecture_views&apos; deve ser uma lista de nomes de visualizações ({known}), não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="291"/>
        <source>&apos;lecture_views&apos;: unknown view {name!r} (known: {known})</source>
        <translation>&apos;lecture_views&apos;: visualização desconhecida {name!r} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="295"/>
        <source>&apos;lecture_views&apos; must name 1 to {most} different views, not {value!r}</source>
        <translation>&apos;lecture_views&apos; deve nomear de 1 a {most} visualizações diferentes, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="311"/>
        <source>&apos;inputs&apos; must be a table of names and numbers, e.g. { x = -2, y = 5 }</source>
        <translation>&apos;inputs&apos; deve ser uma tabela de nomes e números, p. ex. { x = -2, y = 5 }</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="315"/>
        <source>&apos;nodes&apos; must be a list of [name, operation, operands...]</source>
        <translation>&apos;nodes&apos; deve ser uma lista de [nome, operação, operandos...]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="324"/>
        <source>{where}: node {number}</source>
        <translation>{where}: nó {number}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="327"/>
        <source>must be [name, operation, operands...], not {node!r}</source>
        <translation>deve ser [nome, operação, operandos...], não {node!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="350"/>
        <source>must be a table { compare = ..., values = [...] }</source>
        <translation>deve ser uma tabela { compare = ..., values = [...] }</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="357"/>
        <source>&apos;values&apos; must be a non-empty list</source>
        <translation>&apos;values&apos; deve ser uma lista não vazia</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="362"/>
        <source>positive numbers</source>
        <translation>números positivos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="366"/>
        <source>&quot;full&quot;, &quot;stochastic&quot; or positive integers m</source>
        <translation>&quot;full&quot;, &quot;stochastic&quot; ou inteiros positivos m</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="369"/>
        <source>optimizer names ({names})</source>
        <translation>nomes de otimizadores ({names})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="372"/>
        <source>&apos;values&apos; for {compare} must be {expect}, not {value!r}</source>
        <translation>&apos;values&apos; para {compare} devem ser {expect}, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="383"/>
        <source>{key!r} must be a list of numbers</source>
        <translation>{key!r} deve ser uma lista de números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="387"/>
        <source>{key!r}[{i}] is {value!r}; every number must be finite</source>
        <translation>{key!r}[{i}] é {value!r}; todo número deve ser finito</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="395"/>
        <source>{key!r} must be a finite number, not {value!r}</source>
        <translation>{key!r} deve ser um número finito, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="400"/>
        <source>a positive integer</source>
        <translation>um inteiro positivo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="401"/>
        <source>a number in [0, 1)</source>
        <translation>um número em [0, 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="406"/>
        <source>a finite number &gt;= 0</source>
        <translation>um número finito &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="410"/>
        <source>&quot;01&quot; or &quot;pm1&quot;</source>
        <translation>&quot;01&quot; ou &quot;pm1&quot;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="414"/>
        <source>give exactly one of &apos;dataset&apos;, &apos;file&apos;, or inline &apos;x&apos; and &apos;y&apos;</source>
        <translation>informe exatamente um entre &apos;dataset&apos;, &apos;file&apos; ou &apos;x&apos; e &apos;y&apos; no próprio arquivo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="417"/>
        <source>&apos;labels_file&apos; goes with &apos;file&apos; (IDX images and their labels)</source>
        <translation>&apos;labels_file&apos; acompanha &apos;file&apos; (imagens IDX e seus rótulos)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="422"/>
        <source>a data set ({names})</source>
        <translation>um conjunto de dados ({names})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="430"/>
        <source>&quot;regression&quot; or &quot;classification&quot;</source>
        <translation>&quot;regression&quot; ou &quot;classification&quot;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="433"/>
        <source>inline points need &apos;y&apos;, a list with one target per row of &apos;x&apos;</source>
        <translation>pontos no próprio arquivo precisam de &apos;y&apos;, uma lista com um alvo por linha de &apos;x&apos;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="437"/>
        <source>&apos;x&apos; has {rows} rows but &apos;y&apos; has {targets} targets</source>
        <translation>&apos;x&apos; tem {rows} linhas, mas &apos;y&apos; tem {targets} alvos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="446"/>
        <source>{key!r} must be a non-empty list of numbers or of rows of numbers</source>
        <translation>{key!r} deve ser uma lista não vazia de números ou de linhas de números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="453"/>
        <source>{key!r}[{i}] has {count} numbers but {key!r}[0] has {first}: every row must be as long</source>
        <translation>{key!r}[{i}] tem {count} números, mas {key!r}[0] tem {first}: todas as linhas devem ter o mesmo tamanho</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="459"/>
        <source>{key!r} mixes numbers and rows: give all numbers or all rows</source>
        <translation>{key!r} mistura números e linhas: informe só números ou só linhas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="468"/>
        <source>&apos;y&apos; must be class numbers 0, 1, ... (whole numbers), not {value!r}</source>
        <translation>&apos;y&apos; deve conter números de classe 0, 1, ... (inteiros), não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="472"/>
        <source>&apos;y&apos; must be class numbers 0, 1, ... (or -1 and 1), not {value}</source>
        <translation>&apos;y&apos; deve conter números de classe 0, 1, ... (ou -1 e 1), não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="483"/>
        <source>&apos;hidden&apos; must be a list of positive integers, not {value!r}</source>
        <translation>&apos;hidden&apos; deve ser uma lista de inteiros positivos, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="492"/>
        <source>&apos;activation&apos; lists {names} names for {layers} hidden layers</source>
        <translation>&apos;activation&apos; lista {names} nomes para {layers} camadas ocultas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="497"/>
        <source>&apos;activation&apos; must be a name or a list of names</source>
        <translation>&apos;activation&apos; deve ser um nome ou uma lista de nomes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="511"/>
        <source>a number r with 0 &lt; r &lt;= {most}</source>
        <translation>um número r com 0 &lt; r &lt;= {most}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="522"/>
        <source>&apos;hyperparameters&apos; must be a table of numbers</source>
        <translation>&apos;hyperparameters&apos; deve ser uma tabela de números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="526"/>
        <source>{key!r} is not a hyper-parameter here: set learning_rate in [training]</source>
        <translation>{key!r} não é um hiperparâmetro aqui: defina learning_rate em [training]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="530"/>
        <source>{key!r} must be a number, not {value!r}</source>
        <translation>{key!r} deve ser um número, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="541"/>
        <source>&apos;batch&apos; must be &quot;full&quot;, &quot;stochastic&quot; or a positive integer m, not {value!r}</source>
        <translation>&apos;batch&apos; deve ser &quot;full&quot;, &quot;stochastic&quot; ou um inteiro positivo m, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="548"/>
        <source>a positive finite number</source>
        <translation>um número positivo finito</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../../nnviz/core/limits.py" line="39"/>
        <source>{source}: {what} must be a whole number, not {value!r}</source>
        <translation>{source}: {what} deve ser um número inteiro, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="48"/>
        <source>{source}: {what} must be at least {least}, not {n}</source>
        <translation>{source}: {what} deve ser pelo menos {least}, não {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="51"/>
        <source>{source}: {what} must be at most {most}, not {n}</source>
        <translation>{source}: {what} deve ser no máximo {most}, não {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="59"/>
        <source>{source}: a network has at most {most} hidden layers, not {n}</source>
        <translation>{source}: uma rede tem no máximo {most} camadas ocultas, não {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="64"/>
        <source>hidden layer {l}&apos;s size</source>
        <translation>o tamanho da camada oculta {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="66"/>
        <source>{source}: hidden layer {l} needs at least one neuron, not {n}</source>
        <translation>{source}: a camada oculta {l} precisa de pelo menos um neurônio, não {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="70"/>
        <source>{source}: a layer has at most {most} neurons, not {n} (hidden layer {l})</source>
        <translation>{source}: uma camada tem no máximo {most} neurônios, não {n} (camada oculta {l})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="79"/>
        <source>the number of inputs</source>
        <translation>o número de entradas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="84"/>
        <source>the number of outputs</source>
        <translation>o número de saídas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="89"/>
        <source>the number of classes</source>
        <translation>o número de classes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="94"/>
        <source>the number of samples</source>
        <translation>o número de amostras</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="107"/>
        <source>{source}: a network has at most {most} parameters (80 MB of float64 θ, 320 MB with its gradient and the optimizer&apos;s state), not {p} ({sizes})</source>
        <translation>{source}: uma rede tem no máximo {most} parâmetros (80 MB de θ em float64, 320 MB com o gradiente e o estado do otimizador), não {p} ({sizes})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="120"/>
        <source>{source}: a network needs an input size and at least one layer</source>
        <translation>{source}: uma rede precisa de um tamanho de entrada e pelo menos uma camada</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="135"/>
        <source>{source}: a forward pass over {n} samples through {sizes} computes {values} values z^l and as many a^l; at most {most} (800 MB): fewer samples or smaller layers</source>
        <translation>{source}: uma passagem direta de {n} amostras por {sizes} calcula {values} valores z^l e outros tantos a^l; no máximo {most} (800 MB): menos amostras ou camadas menores</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="149"/>
        <source>{source}: the presentation scale must be a number from {least} to {most}, not {value}</source>
        <translation>{source}: a escala de apresentação deve ser um número de {least} a {most}, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="160"/>
        <source>{source}: the speed must be steps per second (a number &gt; 0) or &quot;max&quot;, not {value!r}</source>
        <translation>{source}: a velocidade deve ser em passos por segundo (um número &gt; 0) ou &quot;max&quot;, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="168"/>
        <source>a seed</source>
        <translation>uma semente</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="175"/>
        <source>{source}: width must be {w_min}..{top} and height {h_min}..{top} pixels, not {width}x{height}</source>
        <translation>{source}: a largura deve ser {w_min}..{top} e a altura {h_min}..{top} pixels, não {width}x{height}</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="49"/>
        <source>loss C</source>
        <translation>perda C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="49"/>
        <source>loss L</source>
        <translation>perda L</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="50"/>
        <source>error rate</source>
        <translation>taxa de erro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="92"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="103"/>
        <location filename="../../nnviz/gui/views/loss/view.py" line="275"/>
        <source>train</source>
        <translation>treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="107"/>
        <source>log scale</source>
        <translation>escala log</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="108"/>
        <source>Plot the loss on a logarithmic axis: slow late progress shows</source>
        <translation>Traçar a perda em eixo logarítmico: o progresso lento do final aparece</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="256"/>
        <location filename="../../nnviz/gui/views/loss/view.py" line="277"/>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="281"/>
        <source>step {step}: </source>
        <translation>passo {step}: </translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <location filename="../../nnviz/core/losses.py" line="81"/>
        <source>the cost</source>
        <translation>o custo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/losses.py" line="82"/>
        <source>{what} must be &quot;mean&quot; (C = 1/n Σ ℓ) or &quot;sum&quot; (L = Σ ℓ), not {value!r}</source>
        <translation>{what} deve ser &quot;mean&quot; (C = 1/n Σ ℓ) ou &quot;sum&quot; (L = Σ ℓ), não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/losses.py" line="128"/>
        <source>unknown loss {name!r} (known: {known})</source>
        <translation>perda desconhecida {name!r} (conhecidas: {known})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="31"/>
        <source>Cannot open the data set</source>
        <translation>Não foi possível abrir o conjunto de dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="32"/>
        <source>Open a data set</source>
        <translation>Abrir um conjunto de dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="33"/>
        <source>Data files (*.csv *.txt *idx*-ubyte *idx*-ubyte.gz);;All files (*)</source>
        <translation>Arquivos de dados (*.csv *.txt *idx*-ubyte *idx*-ubyte.gz);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="41"/>
        <source>Open the labels of {name}</source>
        <translation>Abrir os rótulos de {name}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="43"/>
        <source>IDX labels (*idx1-ubyte *idx1-ubyte.gz);;All files (*)</source>
        <translation>Rótulos IDX (*idx1-ubyte *idx1-ubyte.gz);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="55"/>
        <source>{name}: {train} training and {test} test samples, {w}×{h} images (test share {share}): training starts again from step 0.</source>
        <translation>{name}: {train} amostras de treino e {test} de teste, imagens {w}×{h} (fração de teste {share}): o treinamento recomeça do passo 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="59"/>
        <source>{name}: {train} training and {test} test samples (test share {share}): training starts again from step 0.</source>
        <translation>{name}: {train} amostras de treino e {test} de teste (fração de teste {share}): o treinamento recomeça do passo 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="67"/>
        <source>Open a model</source>
        <translation>Abrir um modelo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="68"/>
        <source>nnviz models (*.json);;All files (*)</source>
        <translation>Modelos do nnviz (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="80"/>
        <source>Cannot open the model</source>
        <translation>Não foi possível abrir o modelo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="85"/>
        <source>Loaded the model {path}: training starts from its parameters.</source>
        <translation>Modelo {path} carregado: o treinamento começa dos seus parâmetros.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="91"/>
        <source>Nothing to save yet</source>
        <translation>Nada para salvar ainda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="92"/>
        <source>Wait for the network to appear.</source>
        <translation>Aguarde a rede aparecer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="94"/>
        <source>Save the model</source>
        <translation>Salvar o modelo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="95"/>
        <source>nnviz models (*.json)</source>
        <translation>Modelos do nnviz (*.json)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="101"/>
        <source>Cannot save the model</source>
        <translation>Não foi possível salvar o modelo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="103"/>
        <source>Saved the model at step {step} to {path}</source>
        <translation>Modelo do passo {step} salvo em {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="125"/>
        <source>Export as PNG or SVG</source>
        <translation>Exportar como PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="126"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="133"/>
        <source>Cannot export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="135"/>
        <source>Exported to {path}</source>
        <translation>Exportado para {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="72"/>
        <source>Reset: back to the starting parameters, step 0.</source>
        <translation>Reiniciar: de volta aos parâmetros iniciais, passo 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="73"/>
        <source>Training restarts from the chosen point.</source>
        <translation>O treinamento recomeça do ponto escolhido.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="234"/>
        <source>The {view} view cannot show the data</source>
        <translation>A visualização {view} não consegue mostrar os dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="240"/>
        <source>The {view} view stopped drawing</source>
        <translation>A visualização {view} parou de desenhar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="316"/>
        <source>This lesson has no steps to page through: Space plays, Right trains one step, Ctrl+T steps through the selected sample.</source>
        <translation>Esta lição não tem passos para folhear: Espaço executa, Direita treina um passo, Ctrl+T faz o passo a passo da amostra selecionada.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="352"/>
        <source>Cannot open the lesson</source>
        <translation>Não foi possível abrir a lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="359"/>
        <source>Lesson: {title}</source>
        <translation>Lição: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="363"/>
        <source>Open a lesson</source>
        <translation>Abrir uma lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="364"/>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>Lições (*.toml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="396"/>
        <source>The data changed: training starts again from step 0.</source>
        <translation>Os dados mudaram: o treinamento recomeça do passo 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="398"/>
        <source>The network changed: training starts again from step 0.</source>
        <translation>A rede mudou: o treinamento recomeça do passo 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="400"/>
        <source>The cost changed: training starts again from step 0.</source>
        <translation>O custo mudou: o treinamento recomeça do passo 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="402"/>
        <source>The training rule changed: training starts again from step 0.</source>
        <translation>A regra de treinamento mudou: o treinamento recomeça do passo 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="407"/>
        <source>{optimizer}, η = {rate}: applies from the next step, no reset.</source>
        <translation>{optimizer}, η = {rate}: vale a partir do próximo passo, sem reiniciar.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="438"/>
        <source>Training stopped by an error</source>
        <translation>O treinamento parou por um erro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="445"/>
        <source>Training diverged</source>
        <translation>O treinamento divergiu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="446"/>
        <source>{message}

The last good parameters stay on screen; lower the learning rate η in the settings, then press play.</source>
        <translation>{message}

Os últimos parâmetros bons ficam na tela; reduza a taxa de aprendizado η nas configurações e pressione executar.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="463"/>
        <source>could not open {path}: {error}</source>
        <translation>não foi possível abrir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="469"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="490"/>
        <source>Cannot set up the race</source>
        <translation>Não foi possível preparar a corrida</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="506"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="518"/>
        <source>That choice does not work</source>
        <translation>Essa escolha não funciona</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="33"/>
        <source>next / previous step of the lesson (of the step-through while it is open, then on to the lesson&apos;s next step)</source>
        <translation>passo seguinte / anterior da lição (do passo a passo enquanto aberto, depois o próximo passo da lição)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="35"/>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="35"/>
        <source>play / pause</source>
        <translation>executar / pausar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="36"/>
        <source>enter / leave lecture mode</source>
        <translation>entrar / sair do modo aula</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="37"/>
        <source>B or .  /  W</source>
        <translation>B ou .  /  W</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="38"/>
        <source>black / white screen in lecture mode (any key comes back)</source>
        <translation>tela preta / branca no modo aula (qualquer tecla volta)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="42"/>
        <source>Right / Left</source>
        <translation>Direita / Esquerda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="42"/>
        <source>next / previous step</source>
        <translation>passo seguinte / anterior</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="43"/>
        <source>Shift + Right / Left</source>
        <translation>Shift + Direita / Esquerda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="44"/>
        <source>next / previous neuron</source>
        <translation>neurônio seguinte / anterior</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="45"/>
        <source>Ctrl + Right / Left</source>
        <translation>Ctrl + Direita / Esquerda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="46"/>
        <source>next / previous phase</source>
        <translation>fase seguinte / anterior</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="47"/>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="47"/>
        <source>first / last step</source>
        <translation>primeiro / último passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="51"/>
        <source>Network graph</source>
        <translation>Grafo da rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="52"/>
        <source>hover a neuron or a weight: its formula and values</source>
        <translation>passe o mouse sobre um neurônio ou peso: sua fórmula e valores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="53"/>
        <source>click a weight or a neuron (its bias): type a new value, Enter sets, Esc cancels</source>
        <translation>clique num peso ou neurônio (seu viés): digite um novo valor, Enter define, Esc cancela</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="55"/>
        <source>wheel: zoom;  drag: pan;  Fit: the whole network again</source>
        <translation>roda: zoom;  arrastar: mover;  Fit: a rede inteira de novo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="56"/>
        <source>Decision boundary</source>
        <translation>Fronteira de decisão</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="57"/>
        <source>click a training point: select it (every view follows)</source>
        <translation>clique num ponto de treino: selecione-o (todas as visualizações acompanham)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="58"/>
        <source>double-click a training point: step through it</source>
        <translation>clique duplo num ponto de treino: passo a passo com ele</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="59"/>
        <source>Loss surface</source>
        <translation>Superfície de perda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="60"/>
        <source>click the map: restart training from that point</source>
        <translation>clique no mapa: reinicie o treinamento daquele ponto</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="61"/>
        <source>Optimizer race</source>
        <translation>Corrida de otimizadores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="62"/>
        <source>click the map: start the race from there</source>
        <translation>clique no mapa: comece a corrida dali</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="63"/>
        <source>Step-through</source>
        <translation>Passo a passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="64"/>
        <source>drag the slider: go to step k</source>
        <translation>arraste o controle: vá ao passo k</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="65"/>
        <source>Panels</source>
        <translation>Painéis</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="66"/>
        <source>drag a title bar: move the panel; double-click it: float / dock it</source>
        <translation>arraste uma barra de título: mova o painel; clique duplo: solte / encaixe</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="68"/>
        <source>Lesson panel</source>
        <translation>Painel da lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="69"/>
        <source>Prev / Next, or the step list: go to any step of the lesson</source>
        <translation>Anterior / Próximo, ou a lista de passos: vá a qualquer passo da lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="70"/>
        <source>Lecture mode</source>
        <translation>Modo aula</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="71"/>
        <source>Prev / Next: previous / next step; click a black or white screen: back</source>
        <translation>Anterior / Próximo: passo anterior / seguinte; clique na tela preta ou branca: voltar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/shell/menus.py" line="109"/>
        <source>{title} (%n step(s))</source>
        <translation>
            <numerusform>{title} (%n passo)</numerusform>
            <numerusform>{title} (%n passos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="127"/>
        <source>&amp;Open model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="128"/>
        <source>&amp;Save model…</source>
        <translation>&amp;Salvar modelo…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="129"/>
        <source>Open &amp;data set…</source>
        <translation>Abrir conjunto de &amp;dados…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="131"/>
        <source>&amp;Export window as PNG or SVG…</source>
        <translation>&amp;Exportar janela como PNG ou SVG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="133"/>
        <source>Export &amp;panel</source>
        <translation>Exportar &amp;painel</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="134"/>
        <source>Export &amp;animation (GIF)…</source>
        <translation>Exportar animação (&amp;GIF)…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="136"/>
        <source>Export &amp;slide deck (PNG, Beamer)…</source>
        <translation>Exportar &amp;slides (PNG, Beamer)…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="141"/>
        <source>&amp;Training</source>
        <translation>&amp;Treinamento</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="146"/>
        <source>Step &amp;through the selected sample</source>
        <translation>Passo a passo na amos&amp;tra selecionada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="148"/>
        <source>&amp;Leave the step-through</source>
        <translation>Sai&amp;r do passo a passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="150"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="164"/>
        <source>&amp;Open a lesson file…</source>
        <translation>&amp;Abrir arquivo de lição…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="165"/>
        <source>&amp;Save as lesson…</source>
        <translation>&amp;Salvar como lição…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="167"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="168"/>
        <source>&amp;Panels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="169"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restaurar layout</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="171"/>
        <source>Presentation &amp;scale</source>
        <translation>E&amp;scala de apresentação</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="179"/>
        <source>&amp;Larger (presentation)</source>
        <translation>&amp;Maior (apresentação)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="180"/>
        <source>S&amp;maller</source>
        <translation>Me&amp;nor</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="181"/>
        <source>&amp;Dark palette</source>
        <translation>Paleta &amp;escura</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="183"/>
        <source>&amp;High contrast (washed-out projector)</source>
        <translation>Alto &amp;contraste (projetor desbotado)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="188"/>
        <source>L&amp;ecture mode</source>
        <translation>Modo a&amp;ula</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="191"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="192"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="193"/>
        <source>&amp;About nnviz</source>
        <translation>&amp;Sobre o nnviz</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="225"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="226"/>
        <source>Presenter keys (whatever has the focus)</source>
        <translation>Teclas do apresentador (qualquer que seja o foco)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="227"/>
        <source>In the step-through (graph or panel focused)</source>
        <translation>No passo a passo (grafo ou painel em foco)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="229"/>
        <source>Mouse</source>
        <translation>Mouse</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="258"/>
        <source>Keyboard shortcuts and mouse</source>
        <translation>Atalhos de teclado e mouse</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="285"/>
        <source>About nnviz</source>
        <translation>Sobre o nnviz</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="286"/>
        <source>nnviz {version}

Watch neural networks learn: the weights, the decision boundary, the loss and the loss surface, live.
A NumPy core with PySide6 and pyqtgraph.</source>
        <translation>nnviz {version}

Veja redes neurais aprenderem: os pesos, a fronteira de decisão, a perda e a superfície de perda, ao vivo.
Um núcleo NumPy com PySide6 e pyqtgraph.</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="36"/>
        <source>a model file</source>
        <translation>um arquivo de modelo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="51"/>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation>JSON inválido (linha {line}, coluna {column}: {error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="55"/>
        <source>not a model file: lists or objects nested too deeply</source>
        <translation>não é um arquivo de modelo: listas ou objetos aninhados demais</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="63"/>
        <source>the top level must be a JSON object</source>
        <translation>o nível superior deve ser um objeto JSON</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="64"/>
        <source>top level</source>
        <translation>nível superior</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="67"/>
        <source>missing field {key!r} at the top level</source>
        <translation>falta o campo {key!r} no nível superior</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="70"/>
        <source>field &apos;format&apos; must be {format!r}, got {value}</source>
        <translation>o campo &apos;format&apos; deve ser {format!r}, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="73"/>
        <source>field &apos;version&apos; must be {version}, got {value}</source>
        <translation>o campo &apos;version&apos; deve ser {version}, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="76"/>
        <source>field &apos;loss&apos;: unknown loss {value} (known: {known})</source>
        <translation>campo &apos;loss&apos;: perda desconhecida {value} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="81"/>
        <source>field &apos;layers&apos; must be a non-empty list</source>
        <translation>o campo &apos;layers&apos; deve ser uma lista não vazia</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="86"/>
        <location filename="../../nnviz/core/modelfile.py" line="120"/>
        <source>layer {l}</source>
        <translation>camada {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="88"/>
        <source>{where}: must be an object with activation, weights and bias</source>
        <translation>{where}: deve ser um objeto com activation, weights e bias</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="93"/>
        <source>{where}: missing field {key!r}</source>
        <translation>{where}: falta o campo {key!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="97"/>
        <source>{where}, field &apos;activation&apos;: unknown activation {value} (known: {known})</source>
        <translation>{where}, campo &apos;activation&apos;: ativação desconhecida {value} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="102"/>
        <source>{where}, field &apos;weights&apos;: rows have {count} numbers but layer {previous} has {n} neurons (shapes must chain)</source>
        <translation>{where}, campo &apos;weights&apos;: as linhas têm {count} números, mas a camada {previous} tem {n} neurônios (os formatos devem se encadear)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="110"/>
        <source>{where}, field &apos;bias&apos;: {count} numbers for {n} neurons</source>
        <translation>{where}, campo &apos;bias&apos;: {count} números para {n} neurônios</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="118"/>
        <source>field &apos;layers&apos;</source>
        <translation>campo &apos;layers&apos;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="148"/>
        <source>{where}, field {name!r}</source>
        <translation>{where}, campo {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="152"/>
        <source>{name} is not a finite number</source>
        <translation>{name} não é um número finito</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="166"/>
        <source>the number {number} is too large (beyond ±1.8e308)</source>
        <translation>o número {number} é grande demais (além de ±1.8e308)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="177"/>
        <source>the field {key} appears twice in one object</source>
        <translation>o campo {key} aparece duas vezes em um mesmo objeto</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="186"/>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} caracteres)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="193"/>
        <source>a list ({count} items)</source>
        <translation>uma lista ({count} itens)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="194"/>
        <source>a JSON object ({count} items)</source>
        <translation>um objeto JSON ({count} itens)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="202"/>
        <source>{where}: unknown field {key} (allowed: {known})</source>
        <translation>{where}: campo desconhecido {key} (permitidos: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="209"/>
        <source>{where}: {value} is not a number</source>
        <translation>{where}: {value} não é um número</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="212"/>
        <source>{where}: {value!r} is not a finite number</source>
        <translation>{where}: {value!r} não é um número finito</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="219"/>
        <source>{where}: must be a non-empty list of numbers</source>
        <translation>{where}: deve ser uma lista não vazia de números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="226"/>
        <source>{where}: must be a non-empty list of rows</source>
        <translation>{where}: deve ser uma lista não vazia de linhas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="231"/>
        <source>{where}[{j}]: row has {count} numbers, row 0 has {first}</source>
        <translation>{where}[{j}]: a linha tem {count} números, a linha 0 tem {first}</translation>
    </message>
</context>
<context>
    <name>NarrationStrip</name>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="61"/>
        <source>◀ Prev</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="62"/>
        <source>Next ▶</source>
        <translation>Próximo ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="64"/>
        <source>Previous step (PageUp)</source>
        <translation>Passo anterior (PageUp)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="66"/>
        <source>Next step (PageDown)</source>
        <translation>Próximo passo (PageDown)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="91"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Passo {number} de {count}: {title}</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../nnviz/core/network.py" line="58"/>
        <source>a network needs an input size and at least one layer</source>
        <translation>uma rede precisa de um tamanho de entrada e pelo menos uma camada</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="61"/>
        <source>every layer needs at least one neuron (sizes {sizes})</source>
        <translation>toda camada precisa de pelo menos um neurônio (tamanhos {sizes})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="65"/>
        <source>{layers} layers need {layers} activations and bias flags, got {activations} and {biases}</source>
        <translation>{layers} camadas precisam de {layers} ativações e indicadores de viés, recebidos {activations} e {biases}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="71"/>
        <source>layer {l}: {name} is for the output layer only</source>
        <translation>camada {l}: {name} é só para a camada de saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="75"/>
        <location filename="../../nnviz/core/network.py" line="350"/>
        <source>loss {loss} needs a {needed} output layer, not {given}</source>
        <translation>a perda {loss} precisa de uma camada de saída {needed}, não {given}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="249"/>
        <source>layer {l}: weights have shape {shape}, expected {expected}</source>
        <translation>camada {l}: os pesos têm formato {shape}, esperado {expected}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="282"/>
        <source>unknown initialiser {name!r} (known: {known})</source>
        <translation>inicializador desconhecido {name!r} (conhecidos: {known})</translation>
    </message>
</context>
<context>
    <name>NeuronCurveView</name>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="40"/>
        <source>The neuron curve needs a network with one input and one output neuron and no hidden layer</source>
        <translation>A curva do neurônio precisa de uma rede com uma entrada, um neurônio de saída e nenhuma camada oculta</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="68"/>
        <source>start training: the neuron curve needs a network</source>
        <translation>comece o treinamento: a curva do neurônio precisa de uma rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="77"/>
        <source>the weight w: it scales the curve</source>
        <translation>o peso w: ele escala a curva</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="78"/>
        <source>the bias b: it shifts the curve</source>
        <translation>o viés b: ele desloca a curva</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="122"/>
        <source>drag: the x at which both neurons&apos; outputs are compared</source>
        <translation>arraste: o x em que as saídas dos dois neurônios são comparadas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="136"/>
        <source>A small change of w or b moves a smooth neuron&apos;s output a little; a step neuron&apos;s output flips where z = w·x + b crosses 0.</source>
        <translation>Uma pequena mudança de w ou b move um pouco a saída de um neurônio suave; a saída de um neurônio degrau vira onde z = w·x + b cruza 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="192"/>
        <source>{needs}; this network is {sizes}.</source>
        <translation>{needs}; esta rede é {sizes}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="379"/>
        <source>no bias</source>
        <translation>sem viés</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="381"/>
        <source>At x = {x}: z = {z},  {formula} = {a} (blue),  {other} neuron {p} (orange)</source>
        <translation>Em x = {x}: z = {z},  {formula} = {a} (azul),  neurônio {other} {p} (laranja)</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <location filename="../../nnviz/core/notation.py" line="41"/>
        <source>Numbers are shown to {digits} significant digits, each rounded from the full-precision value.</source>
        <translation>Os números são mostrados com {digits} algarismos significativos, cada um arredondado a partir do valor com precisão total.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/notation.py" line="146"/>
        <source>(… {count} more terms = {total})</source>
        <translation>(… mais {count} termos = {total})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/notation.py" line="284"/>
        <source> more terms</source>
        <translation> termos a mais</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../nnviz/core/numbers.py" line="28"/>
        <source>{text!r} is not a finite number</source>
        <translation>{text!r} não é um número finito</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/numbers.py" line="41"/>
        <source>{text!r} is not a number</source>
        <translation>{text!r} não é um número</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="40"/>
        <source>{name} must be a number, got {value!r}</source>
        <translation>{name} deve ser um número, recebido {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="44"/>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} deve ser um número finito, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="47"/>
        <source>{name} must be greater than 0, got {value}</source>
        <translation>{name} deve ser maior que 0, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="50"/>
        <source>{name} must lie in [0, 1), got {value}</source>
        <translation>{name} deve estar em [0, 1), recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="91"/>
        <source>{optimizer} has no hyper-parameter {name!r} (it has: {known})</source>
        <translation>{optimizer} não tem o hiperparâmetro {name!r} (tem: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="271"/>
        <source>unknown optimizer {name!r} (known: {known})</source>
        <translation>otimizador desconhecido {name!r} (conhecidos: {known})</translation>
    </message>
</context>
<context>
    <name>ParameterPair</name>
    <message>
        <location filename="../../nnviz/gui/kit/parameter_pair.py" line="38"/>
        <source>horizontal</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/kit/parameter_pair.py" line="38"/>
        <source>vertical</source>
        <translation>vertical</translation>
    </message>
</context>
<context>
    <name>ParameterUpdate</name>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="88"/>
        <source>this worked example has no update: give a target and a learning rate</source>
        <translation>este exemplo resolvido não tem atualização: informe um alvo e uma taxa de aprendizado</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="121"/>
        <source>the batch must be m ≥ 1 rows of {n} inputs, got shape {shape}</source>
        <translation>o lote deve ter m ≥ 1 linhas de {n} entradas, recebido formato {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="125"/>
        <source>{m} samples need targets of shape ({m}, {outputs}), got {shape}</source>
        <translation>{m} amostras precisam de alvos de formato ({m}, {outputs}), recebido {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="129"/>
        <source>the batch contains NaN or infinite values</source>
        <translation>o lote contém valores NaN ou infinitos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="137"/>
        <source>the update overflows: use a smaller learning rate</source>
        <translation>a atualização estoura: use uma taxa de aprendizado menor</translation>
    </message>
</context>
<context>
    <name>Perceptron</name>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="84"/>
        <source>the perceptron needs samples as rows of a 2-D array, got shape {shape}</source>
        <translation>o perceptron precisa das amostras como linhas de um arranjo 2-D, recebido formato {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="87"/>
        <source>{n} samples but labels of shape {shape}</source>
        <translation>{n} amostras, mas rótulos de formato {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="90"/>
        <source>the samples contain NaN or infinite values</source>
        <translation>as amostras contêm valores NaN ou infinitos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="92"/>
        <source>the perceptron rule needs labels -1 and +1</source>
        <translation>a regra do perceptron precisa dos rótulos -1 e +1</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="95"/>
        <source>{n} inputs need {n} weights, got {count}</source>
        <translation>{n} entradas precisam de {n} pesos, recebidos {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="98"/>
        <source>the starting weights and bias must be finite numbers</source>
        <translation>os pesos e o viés iniciais devem ser números finitos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="101"/>
        <source>the learning rate η must be a number &gt; 0, got {value!r}</source>
        <translation>a taxa de aprendizado η deve ser um número &gt; 0, recebido {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="104"/>
        <source>the perceptron rule needs a sign or step neuron, not {name!r}</source>
        <translation>a regra do perceptron precisa de um neurônio sign ou step, não {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="107"/>
        <source>the step limit must be a whole number ≥ 1, got {value!r}</source>
        <translation>o limite de passos deve ser um número inteiro ≥ 1, recebido {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="42"/>
        <source>the perceptron rule trains one sign or step neuron: no hidden layers, one output</source>
        <translation>a regra do perceptron treina um neurônio sign ou step: sem camadas ocultas, uma saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="45"/>
        <source>the perceptron rule needs two classes; {name} has {count} classes</source>
        <translation>a regra do perceptron precisa de duas classes; {name} tem {count} classes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="49"/>
        <source>the perceptron rule needs two classes; {name} has no classes</source>
        <translation>a regra do perceptron precisa de duas classes; {name} não tem classes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="53"/>
        <source>the network has {inputs} inputs but data set {name!r} has {features} features</source>
        <translation>a rede tem {inputs} entradas, mas o conjunto de dados {name!r} tem {features} características</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="110"/>
        <source>converged after {n} samples: a whole epoch without a mistake</source>
        <translation>convergiu após {n} amostras: uma época inteira sem erros</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../nnviz/gui/language.py" line="50"/>
        <source>Look in:</source>
        <translation>Procurar em:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="51"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do arquivo:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="52"/>
        <source>Files of type:</source>
        <translation>Arquivos do tipo:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="53"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="54"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="55"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="56"/>
        <source>Save As</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="57"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="58"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="59"/>
        <source>Parent Directory</source>
        <translation>Pasta superior</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="60"/>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="61"/>
        <source>List View</source>
        <translation>Exibição em lista</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="62"/>
        <source>Detail View</source>
        <translation>Exibição detalhada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="63"/>
        <source>All Files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="64"/>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="65"/>
        <source>&amp;Choose</source>
        <translation>Es&amp;colher</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../nnviz/gui/language.py" line="66"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="67"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="68"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="69"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="70"/>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../nnviz/gui/language.py" line="37"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="38"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="39"/>
        <source>Save All</source>
        <translation>Salvar tudo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="40"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="41"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="43"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="44"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="45"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="46"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="47"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="48"/>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="49"/>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="40"/>
        <source>race optimizers</source>
        <translation>corrida de otimizadores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="41"/>
        <source>race learning rates</source>
        <translation>corrida de taxas de aprendizado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="42"/>
        <source>race batch sizes</source>
        <translation>corrida de tamanhos de lote</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="43"/>
        <source>Racing optimizers</source>
        <translation>Corrida de otimizadores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="44"/>
        <source>Racing learning rates</source>
        <translation>Corrida de taxas de aprendizado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="45"/>
        <source>Racing batch sizes</source>
        <translation>Corrida de tamanhos de lote</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="46"/>
        <source>Optimizers</source>
        <translation>Otimizadores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="47"/>
        <source>Learning rates</source>
        <translation>Taxas de aprendizado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="48"/>
        <source>Batch sizes</source>
        <translation>Tamanhos de lote</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="111"/>
        <source>unknown race {compare!r} (known: {known})</source>
        <translation>corrida desconhecida {compare!r} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="117"/>
        <source>race: unknown optimizer {name!r} (known: {known})</source>
        <translation>corrida: otimizador desconhecido {name!r} (conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="121"/>
        <source>race: give at least one learning rate</source>
        <translation>corrida: informe pelo menos uma taxa de aprendizado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="122"/>
        <source>race: give at least one batch</source>
        <translation>corrida: informe pelo menos um lote</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="124"/>
        <source>race: at most {most} values, not {count}</source>
        <translation>corrida: no máximo {most} valores, não {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="130"/>
        <source>race: a learning rate must be a positive number, not {value!r}</source>
        <translation>corrida: a taxa de aprendizado deve ser um número positivo, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="138"/>
        <source>race: a batch is &quot;full&quot;, &quot;stochastic&quot; or a size m ≥ 1, not {value!r}</source>
        <translation>corrida: um lote é &quot;full&quot;, &quot;stochastic&quot; ou um tamanho m ≥ 1, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="141"/>
        <source>race: each value once</source>
        <translation>corrida: cada valor uma só vez</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="157"/>
        <source>race: {part!r} is not a number</source>
        <translation>corrida: {part!r} não é um número</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="172"/>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="197"/>
        <source>full batch</source>
        <translation>lote completo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="174"/>
        <source>one sample (SGD)</source>
        <translation>uma amostra (SGD)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="175"/>
        <source>batch {size}</source>
        <translation>lote {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="199"/>
        <source>one sample per step</source>
        <translation>uma amostra por passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="201"/>
        <source>batches of {size}</source>
        <translation>lotes de {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="204"/>
        <source>{optimizer}, η = {rate}; a step sees m samples</source>
        <translation>{optimizer}, η = {rate}; um passo vê m amostras</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="206"/>
        <source>; C(w) with each path</source>
        <translation>; C(w) com cada caminho</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="208"/>
        <source>; the paths on the map of C</source>
        <translation>; os caminhos no mapa de C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="212"/>
        <source>{what} ({fixed}) from one start θ₀: {cost} over all training samples after each step{where}</source>
        <translation>{what} ({fixed}) a partir de um mesmo início θ₀: {cost} sobre todas as amostras de treino após cada passo{where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="247"/>
        <source>diverged at step {step}: C grew past {limit}</source>
        <translation>divergiu no passo {step}: C passou de {limit}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="264"/>
        <source>the race compares gradient-descent settings; this problem trains with the perceptron rule</source>
        <translation>a corrida compara configurações de descida do gradiente; este problema treina com a regra do perceptron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="270"/>
        <source>the start has {start} parameters, the network {network}</source>
        <translation>o início tem {start} parâmetros, a rede {network}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="75"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="73"/>
        <source>log loss</source>
        <translation>perda em escala log</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="76"/>
        <source>the loss curves on a logarithmic axis</source>
        <translation>as curvas de perda em eixo logarítmico</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="78"/>
        <source>per epoch</source>
        <translation>por época</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="79"/>
        <source>the loss curves against passes over the training set (a step with a batch of m samples is m/n of an epoch), not steps</source>
        <translation>as curvas de perda em função das passagens pelo conjunto de treino (um passo com um lote de m amostras é m/n de uma época), não dos passos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="343"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="344"/>
        <location filename="../../nnviz/gui/views/race/tracks.py" line="86"/>
        <source>step t</source>
        <translation>passo t</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="358"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="56"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="132"/>
        <source>final {cost}</source>
        <translation>{cost} final</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="360"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="133"/>
        <source>{cost} at step {step}</source>
        <translation>{cost} no passo {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="381"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="145"/>
        <source>{label}  (diverged at step {step})</source>
        <translation>{label}  (divergiu no passo {step})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="391"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="150"/>
        <source>diverged at step {step}</source>
        <translation>divergiu no passo {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="90"/>
        <source>choose two different parameters in 0..{last}, not ({i}, {j})</source>
        <translation>escolha dois parâmetros diferentes em 0..{last}, não ({i}, {j})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="97"/>
        <location filename="../../nnviz/gui/views/race/view.py" line="367"/>
        <source>steps must lie in 1..{most}, not {steps}</source>
        <translation>os passos devem estar em 1..{most}, não {steps}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="119"/>
        <source>unknown optimizer {name!r} (known: {known})</source>
        <translation>otimizador desconhecido {name!r} (conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="128"/>
        <source>the start must be two finite numbers, not ({x}, {y})</source>
        <translation>o início deve ser dois números finitos, não ({x}, {y})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="35"/>
        <source>learning rate η</source>
        <translation>taxa de aprendizado η</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="55"/>
        <source>optimizer</source>
        <translation>otimizador</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="71"/>
        <source>same η for all</source>
        <translation>mesmo η para todos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="74"/>
        <source>the loss plot on a logarithmic axis</source>
        <translation>o gráfico de perda em eixo logarítmico</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="103"/>
        <source>what races: optimizers on a surface, or learning rates or batch sizes on the current problem</source>
        <translation>o que corre: otimizadores numa superfície, ou taxas de aprendizado ou tamanhos de lote no problema atual</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="108"/>
        <source>the values that race, separated by commas: learning rates (0.01, 0.1, 0.25), or batches (full, 10, stochastic)</source>
        <translation>os valores que correm, separados por vírgulas: taxas de aprendizado (0.01, 0.1, 0.25) ou lotes (full, 10, stochastic)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="116"/>
        <source>the network: C over two parameters</source>
        <translation>a rede: C sobre dois parâmetros</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="117"/>
        <source>the function the optimizers minimise</source>
        <translation>a função que os otimizadores minimizam</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="120"/>
        <source>the network&apos;s parameter on the {axis} axis</source>
        <translation>o parâmetro da rede no eixo {axis}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="123"/>
        <source>steps </source>
        <translation>passos </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="124"/>
        <source>how many steps every optimizer takes</source>
        <translation>quantos passos cada otimizador dá</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="127"/>
        <location filename="../../nnviz/gui/views/race/view.py" line="475"/>
        <source>▶ Play</source>
        <translation>▶ Executar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="128"/>
        <source>show the race step by step</source>
        <translation>mostrar a corrida passo a passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="129"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="130"/>
        <source>one more step of every optimizer</source>
        <translation>mais um passo de cada otimizador</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="131"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="132"/>
        <source>back to the start p₀</source>
        <translation>voltar ao início p₀</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="471"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="561"/>
        <source>the race of learning rates or batch sizes needs a problem: open a lesson or start training first</source>
        <translation>a corrida de taxas de aprendizado ou tamanhos de lote precisa de um problema: abra uma lição ou comece o treinamento antes</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="582"/>
        <source>the network surface needs a network: start training first</source>
        <translation>a superfície da rede precisa de uma rede: comece o treinamento antes</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="584"/>
        <source>the network surface needs the training data</source>
        <translation>a superfície da rede precisa dos dados de treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="587"/>
        <source>a one-parameter network has no plane to race on</source>
        <translation>uma rede de um parâmetro não tem plano para a corrida</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="672"/>
        <source>{cost} over two parameters of the network (the others as when chosen)</source>
        <translation>{cost} sobre dois parâmetros da rede (os outros como quando escolhidos)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="678"/>
        <source>  (× = minimum)</source>
        <translation>  (× = mínimo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="679"/>
        <source>  Click the map to start the race from another point.</source>
        <translation>  Clique no mapa para começar a corrida de outro ponto.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="681"/>
        <source>{what}.  Step {step} of {last}.{click}</source>
        <translation>{what}.  Passo {step} de {last}.{click}</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="73"/>
        <source>Recording frame {n} of {total}…</source>
        <translation>Gravando o quadro {n} de {total}…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="116"/>
        <source>Encoding the GIF…</source>
        <translation>Codificando o GIF…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="144"/>
        <source>Wrote {path}: {n} frames of {w}×{h}, {kb} kB.</source>
        <translation>Gravado {path}: {n} quadros de {w}×{h}, {kb} kB.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="150"/>
        <source>The GIF {path} was written, but not the frames: {error}</source>
        <translation>O GIF {path} foi gravado, mas os quadros não: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="152"/>
        <source>The frames are in {folder}.</source>
        <translation>Os quadros estão em {folder}.</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../nnviz/commands/render.py" line="78"/>
        <source>--size {text}: expected WIDTHxHEIGHT in pixels, e.g. 1600x1000</source>
        <translation>--size {text}: esperado LARGURAxALTURA em pixels, p. ex. 1600x1000</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="90"/>
        <source>--out {text}: the picture is a PNG, give a file name ending in .png</source>
        <translation>--out {text}: a imagem é um PNG, dê um nome de arquivo terminado em .png</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="122"/>
        <source>give --out FILE.png (a picture) or --gif FILE.gif (an animation)</source>
        <translation>informe --out FILE.png (uma imagem) ou --gif FILE.gif (uma animação)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="128"/>
        <location filename="../../nnviz/commands/render_gif.py" line="127"/>
        <source>--sample {sample}: needs --walkthrough K, the step to show</source>
        <translation>--sample {sample}: precisa de --walkthrough K, o passo a mostrar</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="154"/>
        <source>wrote {path} ({w}x{h}) after {steps} steps: {loss}</source>
        <translation>gravado {path} ({w}x{h}) após {steps} passos: {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="168"/>
        <source>--lesson-step {step} (the lesson&apos;s steps set the data, the network and the training)</source>
        <translation>--lesson-step {step} (os passos da lição definem os dados, a rede e o treinamento)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="179"/>
        <source>step {number} of {count}: {title}</source>
        <translation>passo {number} de {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="181"/>
        <source>its start: {title}</source>
        <translation>o início: {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/commands/render.py" line="183"/>
        <source>%n training step(s)</source>
        <translation>
            <numerusform>%n passo de treinamento</numerusform>
            <numerusform>%n passos de treinamento</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="184"/>
        <source>wrote {path} ({w}x{h}): lesson {lesson}, {where}; {trained}, {loss}</source>
        <translation>gravado {path} ({w}x{h}): lição {lesson}, {where}; {trained}, {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="194"/>
        <source>the step-through of sample {sample} at step {step} of {count}: {symbol}</source>
        <translation>o passo a passo da amostra {sample} no passo {step} de {count}: {symbol}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="53"/>
        <source>--layers {layers}: the data set {name} has {n} features, so N0 must be {n}</source>
        <translation>--layers {layers}: o conjunto de dados {name} tem {n} características, então N0 deve ser {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="70"/>
        <source>--layers {layers}: the data set {name} needs {n} output neurons with a {activation} output</source>
        <translation>--layers {layers}: o conjunto de dados {name} precisa de {n} neurônios de saída com uma saída {activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="114"/>
        <source>--sample {sample}: {error}</source>
        <translation>--sample {sample}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="118"/>
        <source>--walkthrough {step}: the step-through of sample {sample} has {n} steps, numbered 1 to {n}</source>
        <translation>--walkthrough {step}: o passo a passo da amostra {sample} tem {n} passos, numerados de 1 a {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="156"/>
        <source>train loss {loss}</source>
        <translation>perda de treino {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="157"/>
        <source>train loss {loss}, train accuracy {accuracy}</source>
        <translation>perda de treino {loss}, acurácia de treino {accuracy}</translation>
    </message>
</context>
<context>
    <name>RenderGif</name>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="70"/>
        <source>--{option}: needs --gif OUT.gif</source>
        <translation>--{option}: precisa de --gif OUT.gif</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="74"/>
        <source>{option} all: needs --gif OUT.gif (one frame per step)</source>
        <translation>{option} all: precisa de --gif OUT.gif (um quadro por passo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="84"/>
        <source>--gif {text}: the animation is a GIF, give a file name ending in .gif</source>
        <translation>--gif {text}: a animação é um GIF, dê um nome de arquivo terminado em .gif</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="100"/>
        <source>--view {key}: no such view; the views are {keys}</source>
        <translation>--view {key}: essa visualização não existe; as visualizações são {keys}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="111"/>
        <source>--out {path}: give either --out (a picture) or --gif (an animation)</source>
        <translation>--out {path}: informe --out (uma imagem) ou --gif (uma animação), não os dois</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="135"/>
        <source>--lesson-step {step}: with --gif, give --lesson-step all (one frame per step)</source>
        <translation>--lesson-step {step}: com --gif, use --lesson-step all (um quadro por passo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="141"/>
        <source>--walkthrough {step}: with --gif, give --walkthrough all (one frame per step)</source>
        <translation>--walkthrough {step}: com --gif, use --walkthrough all (um quadro por passo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="149"/>
        <source>wrote {path}: {n} frames of {w}x{h} at {fps} per second, {bytes} bytes; {note}</source>
        <translation>gravado {path}: {n} quadros de {w}x{h} a {fps} por segundo, {bytes} bytes; {note}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="155"/>
        <source>wrote {n} numbered frames into {path}</source>
        <translation>gravados {n} quadros numerados em {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="168"/>
        <source>--every {k}: {mode} records one frame per step, not every K training steps</source>
        <translation>--every {k}: {mode} grava um quadro por passo, não a cada K passos de treinamento</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="202"/>
        <source>a frame every {k} steps, {steps} steps: {loss}</source>
        <translation>um quadro a cada {k} passos, {steps} passos: {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="235"/>
        <source>the step-through of sample {sample}, steps 1 to {n} of {count}, after {steps} training steps</source>
        <translation>o passo a passo da amostra {sample}, passos 1 a {n} de {count}, após {steps} passos de treinamento</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="244"/>
        <source>--lesson-step all (the lesson&apos;s steps set the data, the network and the training)</source>
        <translation>--lesson-step all (os passos da lição definem os dados, a rede e o treinamento)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="249"/>
        <source>--walkthrough cannot be combined with --lesson-step all</source>
        <translation>--walkthrough não pode ser combinado com --lesson-step all</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="263"/>
        <source>lesson {lesson}: its start and steps 1 to {last} of {count}</source>
        <translation>lição {lesson}: o início e os passos 1 a {last} de {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="280"/>
        <source>--view {key}: the view is not shown in this window (in lecture mode only the lesson&apos;s views are)</source>
        <translation>--view {key}: a visualização não aparece nesta janela (no modo aula só as visualizações da lição aparecem)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../nnviz/session/controller.py" line="120"/>
        <source>{what} needs {size} finite parameters, got 1 number</source>
        <translation>{what} precisa de {size} parâmetros finitos, recebeu 1 número</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="122"/>
        <source>{what} needs {size} finite parameters, got 1 number (not all finite)</source>
        <translation>{what} precisa de {size} parâmetros finitos, recebeu 1 número (nem todos finitos)</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="125"/>
        <source>{what} needs {size} finite parameters, got {n} numbers</source>
        <translation>{what} precisa de {size} parâmetros finitos, recebeu {n} números</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="127"/>
        <source>{what} needs {size} finite parameters, got {n} numbers (not all finite)</source>
        <translation>{what} precisa de {size} parâmetros finitos, recebeu {n} números (nem todos finitos)</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="219"/>
        <source>the speed must be &gt; 0 steps per second, not {speed}</source>
        <translation>a velocidade deve ser &gt; 0 passos por segundo, não {speed}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="224"/>
        <source>not a training command: {command}</source>
        <translation>não é um comando de treinamento: {command}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="232"/>
        <source>a step count must be &gt;= 0, not {step}</source>
        <translation>uma contagem de passos deve ser &gt;= 0, não {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="235"/>
        <source>the lesson step</source>
        <translation>o passo da lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="252"/>
        <source>changing the training rule needs a reset</source>
        <translation>mudar a regra de treinamento exige reiniciar</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="290"/>
        <source>parameter index {index} out of range (the network has {size})</source>
        <translation>índice de parâmetro {index} fora do intervalo (a rede tem {size})</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="293"/>
        <source>{parameter}: {value} is not a finite number</source>
        <translation>{parameter}: {value} não é um número finito</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="303"/>
        <source>a restart point</source>
        <translation>um ponto de reinício</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="312"/>
        <source>the update</source>
        <translation>a atualização</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="408"/>
        <source>nothing to train yet: choose a data set and a network first</source>
        <translation>nada para treinar ainda: escolha primeiro um conjunto de dados e uma rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walk.py" line="94"/>
        <source>unknown step-through move {move} (known: {moves})</source>
        <translation>movimento do passo a passo desconhecido {move} (conhecidos: {moves})</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walk.py" line="104"/>
        <source>there is no sample {sample}: the data set {name} has {n} samples, numbered 1 to {n}</source>
        <translation>não há a amostra {sample}: o conjunto de dados {name} tem {n} amostras, numeradas de 1 a {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walk.py" line="109"/>
        <source>the network has {inputs} inputs but the data set {name} has {features} features</source>
        <translation>a rede tem {inputs} entradas mas o conjunto de dados {name} tem {features} características</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walkthrough.py" line="66"/>
        <source>there is nothing to step through: the step list is empty</source>
        <translation>não há nada para o passo a passo: a lista de passos está vazia</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walkthrough.py" line="138"/>
        <source>step {number} is not in the walk: the steps are numbered 1 to {n}</source>
        <translation>o passo {number} não está no passo a passo: os passos são numerados de 1 a {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walkthrough.py" line="194"/>
        <source>unknown zoom level {level} (known: {levels})</source>
        <translation>nível de zoom desconhecido {level} (conhecidos: {levels})</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="40"/>
        <source>The training (and test) data</source>
        <translation>Os dados de treino (e de teste)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="42"/>
        <source>gradient descent</source>
        <translation>descida do gradiente</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="43"/>
        <source>perceptron rule</source>
        <translation>regra do perceptron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="44"/>
        <source>squared error</source>
        <translation>erro quadrático</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="45"/>
        <source>½ squared error</source>
        <translation>½ erro quadrático</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="46"/>
        <source>absolute error</source>
        <translation>erro absoluto</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="47"/>
        <source>cross-entropy (binary)</source>
        <translation>entropia cruzada (binária)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="48"/>
        <source>cross-entropy (softmax)</source>
        <translation>entropia cruzada (softmax)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="49"/>
        <source>mean: C = 1/n Σ ℓ</source>
        <translation>média: C = 1/n Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="50"/>
        <source>sum: L = Σ ℓ</source>
        <translation>soma: L = Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="51"/>
        <source>full</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="52"/>
        <source>mini-batch</source>
        <translation>minilote</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="53"/>
        <source>stochastic</source>
        <translation>estocástico</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="55"/>
        <source>θ given by the lesson</source>
        <translation>θ dado pela lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="56"/>
        <source>momentum μ</source>
        <translation>momento μ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="57"/>
        <source>decay ρ</source>
        <translation>decaimento ρ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="60"/>
        <source>μ: how much of the last step&apos;s velocity is kept (0 ≤ μ &lt; 1)</source>
        <translation>μ: quanto da velocidade do último passo é mantido (0 ≤ μ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="62"/>
        <source>ρ: decay of the running mean of g² (0 ≤ ρ &lt; 1)</source>
        <translation>ρ: decaimento da média móvel de g² (0 ≤ ρ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="63"/>
        <source>β₁: decay of the running mean of g (0 ≤ β₁ &lt; 1)</source>
        <translation>β₁: decaimento da média móvel de g (0 ≤ β₁ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="64"/>
        <source>β₂: decay of the running mean of g² (0 ≤ β₂ &lt; 1)</source>
        <translation>β₂: decaimento da média móvel de g² (0 ≤ β₂ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="65"/>
        <source>ε: keeps the division by √(...) finite</source>
        <translation>ε: mantém finita a divisão por √(...)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="82"/>
        <source>hidden layer {index}</source>
        <translation>camada oculta {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="84"/>
        <source>neurons</source>
        <translation>neurônios</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="86"/>
        <source>N_{index}: the number of neurons in hidden layer {index}</source>
        <translation>N_{index}: o número de neurônios na camada oculta {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="88"/>
        <source>activation</source>
        <translation>ativação</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="90"/>
        <source>σ of layer {index}: a = σ(z)</source>
        <translation>σ da camada {index}: a = σ(z)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="92"/>
        <source>remove layer {index}</source>
        <translation>remover camada {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="115"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="116"/>
        <source>data set</source>
        <translation>conjunto de dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="118"/>
        <source>samples n</source>
        <translation>amostras n</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="119"/>
        <source>noise</source>
        <translation>ruído</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="121"/>
        <source>Standard deviation of the noise added to the points</source>
        <translation>Desvio padrão do ruído somado aos pontos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="122"/>
        <source>test share</source>
        <translation>fração de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="124"/>
        <source>Share of the samples held out as the test set</source>
        <translation>Fração das amostras separada como conjunto de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="125"/>
        <source>labels</source>
        <translation>rótulos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="126"/>
        <source>Write the two classes as 0/1 or as −1/+1</source>
        <translation>Escrever as duas classes como 0/1 ou como −1/+1</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="127"/>
        <source>data seed</source>
        <translation>semente dos dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="128"/>
        <source>new random data</source>
        <translation>novos dados aleatórios</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="129"/>
        <source>Draw new points: the data seed goes up by one</source>
        <translation>Sortear novos pontos: a semente dos dados aumenta em um</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="130"/>
        <source>open a data file…</source>
        <translation>abrir um arquivo de dados…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="131"/>
        <source>A CSV table, a digit CSV or IDX images (MNIST&apos;s train-images-idx3-ubyte)</source>
        <translation>Uma tabela CSV, um CSV de dígitos ou imagens IDX (train-images-idx3-ubyte do MNIST)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="133"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="134"/>
        <source>hidden layers</source>
        <translation>camadas ocultas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="135"/>
        <source>add a hidden layer</source>
        <translation>adicionar uma camada oculta</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="136"/>
        <source>output activation</source>
        <translation>ativação de saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="137"/>
        <source>σ of the output layer L</source>
        <translation>σ da camada de saída L</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="138"/>
        <source>biases b</source>
        <translation>vieses b</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="139"/>
        <source>initialiser</source>
        <translation>inicialização</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="140"/>
        <source>How θ is drawn at the start (a lesson or a loaded model may give θ instead: choose one to draw a new θ)</source>
        <translation>Como θ é sorteado no início (uma lição ou um modelo carregado pode dar θ: escolha um para sortear um novo θ)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="142"/>
        <source>range r</source>
        <translation>intervalo r</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="143"/>
        <source>uniform: w, b ~ U(−r, r)</source>
        <translation>uniforme: w, b ~ U(−r, r)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="144"/>
        <source>seed</source>
        <translation>semente</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="145"/>
        <source>Seed of the initial θ and of the batch order</source>
        <translation>Semente do θ inicial e da ordem dos lotes</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="147"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="148"/>
        <source>rule</source>
        <translation>regra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="150"/>
        <source>loss ℓ</source>
        <translation>perda ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="152"/>
        <source>cost</source>
        <translation>custo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="154"/>
        <source>What gradient descent minimises: the mean C = 1/n Σ ℓ or the sum L = Σ ℓ over the samples (∂L/∂θ = n·∂C/∂θ); a change starts again</source>
        <translation>O que a descida do gradiente minimiza: a média C = 1/n Σ ℓ ou a soma L = Σ ℓ sobre as amostras (∂L/∂θ = n·∂C/∂θ); uma mudança recomeça</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="156"/>
        <source>optimizer</source>
        <translation>otimizador</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="158"/>
        <source>learning rate η</source>
        <translation>taxa de aprendizado η</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="160"/>
        <source>η: applies at the next step, without a reset</source>
        <translation>η: vale a partir do próximo passo, sem reiniciar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="161"/>
        <source>hyper-parameters</source>
        <translation>hiperparâmetros</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="162"/>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="164"/>
        <source>full: all n samples per step; mini-batch: m; stochastic: 1</source>
        <translation>completo: todas as n amostras por passo; minilote: m; estocástico: 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="165"/>
        <source>batch size m</source>
        <translation>tamanho do lote m</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="167"/>
        <source>shuffle each epoch</source>
        <translation>embaralhar a cada época</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="235"/>
        <source>The data file {path} with the labels {labels}</source>
        <translation>O arquivo de dados {path} com os rótulos {labels}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="237"/>
        <source>The data file {path}</source>
        <translation>O arquivo de dados {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="239"/>
        <source>the lesson&apos;s points</source>
        <translation>os pontos da lição</translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="68"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Passo {number} de {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="79"/>
        <source>sample {sample}: the data set has samples 1 to {n}</source>
        <translation>amostra {sample}: o conjunto de dados tem as amostras 1 a {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="87"/>
        <source>the step-through of this network has {n} steps, more than a deck of {limit} pictures; export it from the Step-through panel as Beamer slides instead</source>
        <translation>o passo a passo desta rede tem {n} passos, mais do que um conjunto de {limit} imagens; exporte-o do painel Passo a passo como slides Beamer</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="96"/>
        <source>{sample}, step {k} of {n}</source>
        <translation>{sample}, passo {k} de {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="149"/>
        <source>Export slide deck</source>
        <translation>Exportar slides</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="150"/>
        <source>Export the lesson as a slide deck</source>
        <translation>Exportar a lição como slides</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="156"/>
        <source>Drawing the slides…</source>
        <translation>Desenhando os slides…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="157"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="164"/>
        <source>Picture {done} of {total}: {heading}</source>
        <translation>Imagem {done} de {total}: {heading}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="180"/>
        <source>Wrote %n slide(s) to {folder}</source>
        <translation>
            <numerusform>%n slide gravado em {folder}</numerusform>
            <numerusform>%n slides gravados em {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlidesCommand</name>
    <message>
        <location filename="../../nnviz/commands/slides.py" line="65"/>
        <source>wrote {folder}: {lesson} pictures of the lesson {name}, {walk} of the step-through</source>
        <translation>gravado {folder}: {lesson} imagens da lição {name}, {walk} do passo a passo</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="14"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="14"/>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="16"/>
        <source>loss C</source>
        <translation>perda C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="16"/>
        <source>loss L</source>
        <translation>perda L</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="17"/>
        <source>error rate</source>
        <translation>taxa de erro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="28"/>
        <location filename="../../nnviz/gui/shell/status.py" line="57"/>
        <source>step {step}</source>
        <translation>passo {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="29"/>
        <location filename="../../nnviz/gui/shell/status.py" line="58"/>
        <source>epoch {epoch}</source>
        <translation>época {epoch}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="30"/>
        <source>loss –</source>
        <translation>perda –</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="31"/>
        <source>accuracy –</source>
        <translation>acurácia –</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="64"/>
        <source>{cost} {train} · test {test}</source>
        <translation>{cost} {train} · teste {test}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="72"/>
        <source>accuracy {train}</source>
        <translation>acurácia {train}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="75"/>
        <source>accuracy {train} · test {test}</source>
        <translation>acurácia {train} · teste {test}</translation>
    </message>
</context>
<context>
    <name>StepThroughView</name>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="22"/>
        <source>Current step as PNG or SVG…</source>
        <translation>Passo atual como PNG ou SVG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="23"/>
        <source>Images (*.png *.svg)</source>
        <translation>Imagens (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="24"/>
        <source>Walk as markdown…</source>
        <translation>Passo a passo como markdown…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="25"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="26"/>
        <source>Walk as LaTeX…</source>
        <translation>Passo a passo como LaTeX…</translation>
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
        <translation>Passo a passo como slides Beamer…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="36"/>
        <source>forward</source>
        <translation>passagem direta</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="36"/>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="37"/>
        <source>backward</source>
        <translation>retropropagação</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="37"/>
        <source>gradient</source>
        <translation>gradiente</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="38"/>
        <source>update</source>
        <translation>atualização</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="86"/>
        <source>Step {k} of {n}</source>
        <translation>Passo {k} de {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="89"/>
        <source>layer {l}</source>
        <translation>camada {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="91"/>
        <source>neuron {j}</source>
        <translation>neurônio {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="93"/>
        <source>weight from {k}</source>
        <translation>peso vindo de {k}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="94"/>
        <source>sample {i}</source>
        <translation>amostra {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="120"/>
        <source>(W is {rows}×{cols})</source>
        <translation>(W é {rows}×{cols})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="129"/>
        <source>term {i} of {n}: {symbol} = {numbers} = {value}</source>
        <translation>termo {i} de {n}: {symbol} = {numbers} = {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/update_table.py" line="23"/>
        <source>parameter</source>
        <translation>parâmetro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/update_table.py" line="23"/>
        <source>old</source>
        <translation>antigo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/update_table.py" line="24"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="63"/>
        <source>Walk one sample through the network: the forward pass neuron by neuron, the loss, the backward pass and the update, each with its formula, its numbers and its result. Choose a sample and open the walk; the keys (→ ← PageDown PageUp, with Shift per neuron, with Ctrl per phase, Home, End) then step through it.</source>
        <translation>Acompanhe uma amostra pela rede: a passagem direta neurônio a neurônio, a perda, a retropropagação e a atualização, cada uma com sua fórmula, seus números e seu resultado. Escolha uma amostra e abra o passo a passo; as teclas (→ ← PageDown PageUp, com Shift por neurônio, com Ctrl por fase, Home, End) avançam passo a passo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="65"/>
        <source>« First</source>
        <translation>« Início</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="66"/>
        <source>◀ Phase</source>
        <translation>◀ Fase</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="67"/>
        <source>◀ Neuron</source>
        <translation>◀ Neurônio</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="68"/>
        <source>◀ Term</source>
        <translation>◀ Termo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="69"/>
        <source>Term ▶</source>
        <translation>Termo ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="70"/>
        <source>Neuron ▶</source>
        <translation>Neurônio ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="71"/>
        <source>Phase ▶</source>
        <translation>Fase ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="72"/>
        <source>Last »</source>
        <translation>Fim »</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="122"/>
        <source>sample </source>
        <translation>amostra </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="123"/>
        <source>the sample to walk through: the training samples, then the test samples</source>
        <translation>a amostra a percorrer: as amostras de treino, depois as de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="126"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="315"/>
        <source>Open the walk</source>
        <translation>Abrir o passo a passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="130"/>
        <source>Close ✕</source>
        <translation>Fechar ✕</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="158"/>
        <source>every step of the walk: drag to go to step k</source>
        <translation>cada passo do percurso: arraste para ir ao passo k</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="176"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="208"/>
        <source>Predict first</source>
        <translation>Prever antes</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="177"/>
        <source>hide each result until the next click, so the class can guess it</source>
        <translation>ocultar cada resultado até o próximo clique, para a turma adivinhar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="179"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="209"/>
        <source>Layer as a matrix</source>
        <translation>Camada como matriz</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="180"/>
        <source>z = W a + b for the whole layer, the active row highlighted</source>
        <translation>z = W a + b para a camada inteira, com a linha ativa destacada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="184"/>
        <source>neuron </source>
        <translation>neurônio </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="185"/>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="186"/>
        <source>go to this neuron in the current phase and layer</source>
        <translation>ir para este neurônio na fase e camada atuais</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="188"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="210"/>
        <source>Apply this update</source>
        <translation>Aplicar esta atualização</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="189"/>
        <source>θ ← θ − η·∂ℓ/∂θ: training continues from the new weights</source>
        <translation>θ ← θ − η·∂ℓ/∂θ: o treinamento continua a partir dos novos pesos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="192"/>
        <source>Export ▾</source>
        <translation>Exportar ▾</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="208"/>
        <source>Predict</source>
        <translation>Prever</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="209"/>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="210"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="226"/>
        <source> (test)</source>
        <translation> (teste)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="265"/>
        <source>No step-through is open: choose a sample.</source>
        <translation>Nenhum passo a passo aberto: escolha uma amostra.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="272"/>
        <source>Export the step-through</source>
        <translation>Exportar o passo a passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="284"/>
        <source>Wrote {path}</source>
        <translation>{path} gravado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="293"/>
        <source>this phase and layer have no neuron {j}</source>
        <translation>esta fase e camada não têm o neurônio {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="314"/>
        <source>Walk this sample</source>
        <translation>Percorrer esta amostra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="366"/>
        <source>{loss} on this sample: {before} → {after}</source>
        <translation>{loss} nesta amostra: {before} → {after}</translation>
    </message>
</context>
<context>
    <name>Surfaces</name>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="116"/>
        <source>Bowl</source>
        <translation>Tigela</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="121"/>
        <source>Long narrow valley</source>
        <translation>Vale longo e estreito</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="126"/>
        <source>Saddle point</source>
        <translation>Ponto de sela</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="131"/>
        <source>Rosenbrock&apos;s banana valley</source>
        <translation>Vale da banana de Rosenbrock</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="137"/>
        <source>Several minima (Himmelblau)</source>
        <translation>Vários mínimos (Himmelblau)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="154"/>
        <source>unknown surface {name!r} (known: {known})</source>
        <translation>superfície desconhecida {name!r} (conhecidas: {known})</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../nnviz/gui/theme.py" line="73"/>
        <source>the presentation scale must be a number from {low} to {high}, not {value}</source>
        <translation>a escala de apresentação deve ser um número de {low} a {high}, não {value}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../nnviz/core/training.py" line="65"/>
        <source>data set {name!r} has {targets} targets but the network has {outputs} outputs</source>
        <translation>o conjunto de dados {name!r} tem {targets} alvos, mas a rede tem {outputs} saídas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="76"/>
        <source>the network has {inputs} inputs but the data set has {features} features</source>
        <translation>a rede tem {inputs} entradas, mas o conjunto de dados tem {features} características</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="198"/>
        <source>data set {name!r} has no training samples</source>
        <translation>o conjunto de dados {name!r} não tem amostras de treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="201"/>
        <source>the network has {inputs} inputs but data set {name!r} has {features} features</source>
        <translation>a rede tem {inputs} entradas, mas o conjunto de dados {name!r} tem {features} características</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="212"/>
        <source>the target loss must be a finite number, got {value}</source>
        <translation>a perda-alvo deve ser um número finito, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="301"/>
        <source>the cost became {value}</source>
        <translation>o custo virou {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="327"/>
        <source>converged after {steps} steps: training loss {loss} ≤ target {target}</source>
        <translation>convergiu após {steps} passos: perda de treino {loss} ≤ alvo {target}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="364"/>
        <source>at step {step}</source>
        <translation>no passo {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="366"/>
        <source>over steps {first}-{last}</source>
        <translation>nos passos {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="370"/>
        <source>the loss is exploding: lower the learning rate (now {lr}). The loss per sample went from {low} ({since}) to {high} (over steps {first}-{last}); the parameters are those after step {good}.</source>
        <translation>a perda está explodindo: diminua a taxa de aprendizado (agora {lr}). A perda por amostra foi de {low} ({since}) para {high} (nos passos {first}-{last}); os parâmetros são os de depois do passo {good}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="383"/>
        <source>diverged at step {step}: {what}; the parameters are those after step {previous}. Try a smaller learning rate (now {lr}).</source>
        <translation>divergiu no passo {step}: {what}; os parâmetros são os de depois do passo {previous}. Tente uma taxa de aprendizado menor (agora {lr}).</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="441"/>
        <source>finished {steps} steps ({epochs} epochs)</source>
        <translation>concluídos {steps} passos ({epochs} épocas)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="474"/>
        <source>give a number of steps or of epochs, not both</source>
        <translation>informe um número de passos ou de épocas, não ambos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="486"/>
        <source>{what} must be a whole number ≥ {minimum}, got {value!r}</source>
        <translation>{what} deve ser um número inteiro ≥ {minimum}, recebido {value!r}</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="26"/>
        <source>max speed</source>
        <translation>velocidade máxima</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="27"/>
        <source>{speed} steps/s</source>
        <translation>{speed} passos/s</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="92"/>
        <source>Transport</source>
        <translation>Controles</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="106"/>
        <location filename="../../nnviz/gui/panels/transport.py" line="149"/>
        <source>Play</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="107"/>
        <source>Play / pause training</source>
        <translation>Executar / pausar o treinamento</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="109"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="109"/>
        <source>One step: one forward pass, one backward pass, one update</source>
        <translation>Um passo: uma passagem direta, uma retropropagação, uma atualização</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="112"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="112"/>
        <source>Train to the end of this epoch (one pass over the data)</source>
        <translation>Treinar até o fim desta época (uma passagem pelos dados)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="115"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="116"/>
        <source>Back to the starting parameters, step 0</source>
        <translation>Voltar aos parâmetros iniciais, passo 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="124"/>
        <source>Training speed: from 1 step per second to as fast as the machine goes</source>
        <translation>Velocidade do treinamento: de 1 passo por segundo até o máximo que a máquina permite</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="128"/>
        <source>  speed </source>
        <translation>  velocidade </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="148"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="70"/>
        <location filename="../../nnviz/gui/views/registry.py" line="13"/>
        <source>Decision boundary</source>
        <translation>Fronteira de decisão</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="50"/>
        <location filename="../../nnviz/gui/views/registry.py" line="22"/>
        <source>Confusion matrix</source>
        <translation>Matriz de confusão</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="43"/>
        <location filename="../../nnviz/gui/views/registry.py" line="21"/>
        <source>First-layer weights</source>
        <translation>Pesos da primeira camada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="56"/>
        <location filename="../../nnviz/gui/views/registry.py" line="20"/>
        <source>Digit</source>
        <translation>Dígito</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="145"/>
        <location filename="../../nnviz/gui/views/registry.py" line="18"/>
        <source>Computational graph</source>
        <translation>Grafo computacional</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="64"/>
        <location filename="../../nnviz/gui/views/registry.py" line="15"/>
        <source>Hidden feature space</source>
        <translation>Espaço de características oculto</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="77"/>
        <location filename="../../nnviz/gui/views/registry.py" line="17"/>
        <source>Loss curve</source>
        <translation>Curva de perda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="52"/>
        <location filename="../../nnviz/gui/views/registry.py" line="19"/>
        <source>Neuron curve</source>
        <translation>Curva do neurônio</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="59"/>
        <location filename="../../nnviz/gui/views/registry.py" line="16"/>
        <source>Optimizer race</source>
        <translation>Corrida de otimizadores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="11"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="12"/>
        <source>Step-through</source>
        <translation>Passo a passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="14"/>
        <source>Loss surface</source>
        <translation>Superfície de perda</translation>
    </message>
</context>
<context>
    <name>WalkRouter</name>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="33"/>
        <source>The step-through is at its first term.</source>
        <translation>O passo a passo está no primeiro termo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="34"/>
        <source>The step-through is at its last term.</source>
        <translation>O passo a passo está no último termo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="35"/>
        <source>The step-through is at its first step.</source>
        <translation>O passo a passo está no primeiro passo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="36"/>
        <source>The step-through is at its last step.</source>
        <translation>O passo a passo está no último passo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="37"/>
        <source>The step-through is at its first neuron.</source>
        <translation>O passo a passo está no primeiro neurônio.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="38"/>
        <source>The step-through is at its last neuron.</source>
        <translation>O passo a passo está no último neurônio.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="39"/>
        <source>The step-through is at its first phase.</source>
        <translation>O passo a passo está na primeira fase.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="40"/>
        <source>The step-through is at its last phase.</source>
        <translation>O passo a passo está na última fase.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="80"/>
        <source>No network to step through yet: wait for it to appear, then try again.</source>
        <translation>Ainda não há rede para o passo a passo: aguarde ela aparecer e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="87"/>
        <source>Cannot step through that sample</source>
        <translation>Não é possível fazer o passo a passo dessa amostra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="94"/>
        <source>Stepping through {sample} ({steps} steps); training is paused.</source>
        <translation>Passo a passo de {sample} ({steps} passos); o treinamento está pausado.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="107"/>
        <source>No step-through is open: choose a sample and open it first.</source>
        <translation>Nenhum passo a passo aberto: escolha uma amostra e abra-o primeiro.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="112"/>
        <source>Cannot move the step-through</source>
        <translation>Não é possível mover o passo a passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="130"/>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="136"/>
        <source>Cannot apply the update</source>
        <translation>Não é possível aplicar a atualização</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="131"/>
        <source>there is no training to apply it to</source>
        <translation>não há treinamento ao qual aplicá-la</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="134"/>
        <source>the update</source>
        <translation>a atualização</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="142"/>
        <source>Applied the update: the next step-through starts from the new weights.</source>
        <translation>Atualização aplicada: o próximo passo a passo começa dos novos pesos.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="145"/>
        <source>Applied the update of {sample}: the next step-through starts from the new weights.</source>
        <translation>Atualização de {sample} aplicada: o próximo passo a passo começa dos novos pesos.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="152"/>
        <source>New data: the step-through closed.</source>
        <translation>Novos dados: o passo a passo foi fechado.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="158"/>
        <source>The network changed: the step-through closed.</source>
        <translation>A rede mudou: o passo a passo foi fechado.</translation>
    </message>
</context>
<context>
    <name>Worked</name>
    <message>
        <location filename="../../nnviz/core/expression_steps.py" line="107"/>
        <source>where the backward pass starts</source>
        <translation>onde a retropropagação começa</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression_steps.py" line="115"/>
        <source>used {n} times: one term per path, added up</source>
        <translation>usado {n} vezes: um termo por caminho, somados</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="317"/>
        <source>since </source>
        <translation>pois </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="320"/>
        <source>{name} is flat: no gradient flows back through it</source>
        <translation>{name} é plana: nenhum gradiente volta por ela</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="393"/>
        <source>before the update: </source>
        <translation>antes da atualização: </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="409"/>
        <source>the {shown} largest of {total} terms written out, largest first</source>
        <translation>os {shown} maiores de {total} termos escritos, o maior primeiro</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="121"/>
        <source>{name} must be a non-empty list of numbers</source>
        <translation>{name} deve ser uma lista não vazia de números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="125"/>
        <source>{name}: {value} is not a finite number</source>
        <translation>{name}: {value} não é um número finito</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="128"/>
        <source>{name} has {count} but the network has {size}</source>
        <translation>{name} tem {count}, mas a rede tem {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="139"/>
        <source>learning rate</source>
        <translation>taxa de aprendizado</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="140"/>
        <source>{name} must be a positive number, got {value}</source>
        <translation>{name} deve ser um número positivo, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="158"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="160"/>
        <source>a learning rate needs a target: the update follows the loss gradient</source>
        <translation>uma taxa de aprendizado precisa de um alvo: a atualização segue o gradiente da perda</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="162"/>
        <source>target</source>
        <translation>alvo</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="178"/>
        <source>the forward pass overflows: the weights or inputs are too large</source>
        <translation>a passagem direta estoura: os pesos ou as entradas são grandes demais</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="187"/>
        <source>the loss or its gradient overflows: the weights or inputs are too large</source>
        <translation>a perda ou seu gradiente estoura: os pesos ou as entradas são grandes demais</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="197"/>
        <source>the update overflows: use a smaller learning rate</source>
        <translation>a atualização estoura: use uma taxa de aprendizado menor</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="229"/>
        <source>{n} number</source>
        <translation>{n} número</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="229"/>
        <source>{n} numbers</source>
        <translation>{n} números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="230"/>
        <source>{n} input</source>
        <translation>{n} entrada</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="230"/>
        <source>{n} inputs</source>
        <translation>{n} entradas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="231"/>
        <source>{n} output</source>
        <translation>{n} saída</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="231"/>
        <source>{n} outputs</source>
        <translation>{n} saídas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="76"/>
        <source> if </source>
        <translation> se </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="76"/>
        <source>, else </source>
        <translation>, senão </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="86"/>
        <source>mistake</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="89"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="90"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="98"/>
        <source>no mistake: w and b stay as they are</source>
        <translation>sem erro: w e b ficam como estão</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../nnviz/gui/worker.py" line="47"/>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
</context>
</TS>
